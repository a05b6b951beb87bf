using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary><c>fault</c>: a safety fault latched.</summary>
/// <param name="Fault">The fault.</param>
/// <param name="Value">The offending measurement (unit depends on the fault: °C, rpm, s), or null.</param>
/// <param name="Limit">The limit it crossed, same unit, or null.</param>
public sealed record FaultLatchedEvent(
    string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds,
    RigFault Fault, double? Value, double? Limit)
    : RigEvent(RigId, RunId, EventSequence, TimeSinceBootSeconds)
{
    /// <inheritdoc/>
    public override RigEventKind Kind => RigEventKind.Fault;
}
