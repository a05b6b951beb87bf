using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary><c>sample_due</c>: a sample's time has come.</summary>
/// <param name="SampleIndex">0-based index into the run's sampling schedule.</param>
/// <param name="OffsetMinutes">The sample's scheduled offset from t0, min.</param>
public sealed record SampleDueEvent(
    string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds,
    int SampleIndex, double OffsetMinutes)
    : RigEvent(RigId, RunId, EventSequence, TimeSinceBootSeconds)
{
    /// <inheritdoc/>
    public override RigEventKind Kind => RigEventKind.SampleDue;
}
