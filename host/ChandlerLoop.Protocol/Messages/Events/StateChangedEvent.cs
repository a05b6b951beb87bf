using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary><c>state_changed</c>: sent on every run state change.</summary>
/// <param name="From">State before.</param>
/// <param name="To">State after.</param>
/// <param name="ExposureSeconds">Exposure time since t0 at the change, s (0 before t0).</param>
public sealed record StateChangedEvent(
    string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds,
    RigState From, RigState To, double ExposureSeconds)
    : RigEvent(RigId, RunId, EventSequence, TimeSinceBootSeconds)
{
    /// <inheritdoc/>
    public override RigEventKind Kind => RigEventKind.StateChanged;
}
