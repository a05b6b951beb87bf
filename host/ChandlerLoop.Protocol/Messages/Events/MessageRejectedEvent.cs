using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary>
/// <c>message_rejected</c>: a payload on <c>commands</c> that could not be read far enough to answer by id
/// (too large, not JSON, not an object, no valid id).
/// </summary>
/// <param name="Reason">Why.</param>
/// <param name="Detail">Text for a person.</param>
public sealed record MessageRejectedEvent(
    string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds,
    ProtocolReason Reason, string Detail)
    : RigEvent(RigId, RunId, EventSequence, TimeSinceBootSeconds)
{
    /// <inheritdoc/>
    public override RigEventKind Kind => RigEventKind.MessageRejected;
}
