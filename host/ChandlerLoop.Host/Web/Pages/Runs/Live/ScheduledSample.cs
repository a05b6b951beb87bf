namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>One time point of a run's sampling schedule, over all loops of the run.</summary>
/// <param name="ScheduleIndex">Index in the protocol's sampling offsets (0-based; the rig's sample number).</param>
/// <param name="PlannedOffsetMinutes">Planned offset from t0, minutes.</param>
/// <param name="LoopCount">Loops sampled at this time point.</param>
/// <param name="TakenCount">Loops whose sample is recorded as taken.</param>
/// <param name="TakenAtUtc">When the sample was taken (earliest loop), UTC; null until taken.</param>
/// <param name="TubeId">Tube label recorded with the sample; null when none.</param>
/// <param name="ActualExposureSeconds">Exposure at acknowledgement as reported by the rig, s; null until taken.</param>
public sealed record ScheduledSample(
    int ScheduleIndex,
    double PlannedOffsetMinutes,
    int LoopCount,
    int TakenCount,
    DateTime? TakenAtUtc,
    string? TubeId,
    double? ActualExposureSeconds)
{
    /// <summary>True when every loop's sample of this time point is recorded.</summary>
    public bool IsTaken => LoopCount > 0 && TakenCount == LoopCount;
}
