using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>One row of the marker grid: one sample (a loop at one scheduled time point).</summary>
/// <param name="SampleId">The sample.</param>
/// <param name="LoopId">Its loop.</param>
/// <param name="LoopPosition">Slot on the drum, 1-based.</param>
/// <param name="Role">The loop's role (negative control, test article, positive control).</param>
/// <param name="ScheduleIndex">Index in the sampling schedule (0 = t0).</param>
/// <param name="PlannedOffsetMinutes">Planned offset from the loop's t0, minutes.</param>
/// <param name="TubeId">Tube label, if recorded.</param>
/// <param name="IsTaken">True when the sample was taken.</param>
public sealed record ResultsGridRow(
    long SampleId,
    long LoopId,
    int LoopPosition,
    LoopRole Role,
    int ScheduleIndex,
    double PlannedOffsetMinutes,
    string? TubeId,
    bool IsTaken);
