using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// Why a payload was not accepted: the reason code of docs/protocol.md and a sentence a person can act on
/// (e.g. <c>set_c 45 is outside 20..42 °C</c>).
/// </summary>
/// <param name="Reason">The reason code.</param>
/// <param name="Detail">Human-readable detail; not part of the contract.</param>
/// <param name="CommandId">
/// For a command read far enough to know its <c>id</c>: the id, so a rig answers with a
/// <c>command_result</c>; null when it would answer with <c>message_rejected</c>.
/// </param>
public sealed record ProtocolRejection(ProtocolReason Reason, string Detail, string? CommandId = null)
{
    /// <summary>The reason code and detail, e.g. <c>out_of_range: set_c 45 is outside 20..42 °C</c>.</summary>
    public override string ToString() => ProtocolNames.ToWire(Reason) + ": " + Detail;
}
