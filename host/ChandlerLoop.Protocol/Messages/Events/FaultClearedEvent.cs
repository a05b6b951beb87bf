using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary><c>fault_cleared</c>: a latched fault was cleared on purpose.</summary>
/// <param name="Fault">The fault that was cleared.</param>
public sealed record FaultClearedEvent(
    string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds, RigFault Fault)
    : RigEvent(RigId, RunId, EventSequence, TimeSinceBootSeconds)
{
    /// <inheritdoc/>
    public override RigEventKind Kind => RigEventKind.FaultCleared;
}
