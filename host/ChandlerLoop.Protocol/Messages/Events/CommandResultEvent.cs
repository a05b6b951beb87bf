using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary>
/// <c>command_result</c>: the rig's one answer to a command id. Accepted results carry
/// <see cref="ProtocolReason.Ok"/>; refused ones any other reason.
/// </summary>
/// <param name="CommandId">The id of the command answered.</param>
/// <param name="Command">The <c>cmd</c> as received (at most 32 characters, possibly unknown to this version), or null when it was missing or not a string.</param>
/// <param name="Accepted">True when the command was applied.</param>
/// <param name="Reason"><see cref="ProtocolReason.Ok"/> when accepted, else why not.</param>
/// <param name="Detail">Text for a person, at most 200 characters, e.g. <c>sample 2 is not due yet</c>; may be empty when accepted.</param>
public sealed record CommandResultEvent(
    string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds,
    string CommandId, string? Command, bool Accepted, ProtocolReason Reason, string Detail)
    : RigEvent(RigId, RunId, EventSequence, TimeSinceBootSeconds)
{
    /// <inheritdoc/>
    public override RigEventKind Kind => RigEventKind.CommandResult;
}
