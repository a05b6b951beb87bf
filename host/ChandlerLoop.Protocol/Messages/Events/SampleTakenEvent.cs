using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary><c>sample_taken</c>: the operator acknowledged a sample.</summary>
/// <param name="SampleIndex">0-based index into the run's sampling schedule.</param>
/// <param name="OffsetMinutes">The sample's scheduled offset from t0, min.</param>
/// <param name="ActualExposureSeconds">Exposure time at the acknowledgement, s.</param>
/// <param name="Tube">Tube label given with the acknowledgement, or null.</param>
public sealed record SampleTakenEvent(
    string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds,
    int SampleIndex, double OffsetMinutes, double ActualExposureSeconds, string? Tube)
    : RigEvent(RigId, RunId, EventSequence, TimeSinceBootSeconds)
{
    /// <inheritdoc/>
    public override RigEventKind Kind => RigEventKind.SampleTaken;
}
