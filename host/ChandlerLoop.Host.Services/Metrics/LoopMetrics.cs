using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>The derived metrics of one loop: dose equivalents and every time point.</summary>
/// <param name="LoopId">The loop.</param>
/// <param name="Position">Slot on the drum, 1-based.</param>
/// <param name="Role">Negative control, test article or positive control.</param>
/// <param name="CellProduct">Cell product name; null for a vehicle-only loop.</param>
/// <param name="DonorPseudonymousId">The blood donor's pseudonymous code.</param>
/// <param name="DoseCellsPerMilliliter">Entered dose, cells per mL of blood.</param>
/// <param name="CellsPerLoop">Cells added to the loop (dose × blood volume).</param>
/// <param name="CellsPerKilogramEquivalent">Clinical-dose equivalent, cells/kg (dose × 70 mL/kg).</param>
/// <param name="VehicleVolumeMilliliters">Vehicle volume added, mL (blood volume × vehicle % / 100).</param>
/// <param name="TimePoints">One entry per sample of the loop, by schedule index.</param>
public sealed record LoopMetrics(
    long LoopId,
    int Position,
    LoopRole Role,
    string? CellProduct,
    string DonorPseudonymousId,
    double DoseCellsPerMilliliter,
    double CellsPerLoop,
    double CellsPerKilogramEquivalent,
    double VehicleVolumeMilliliters,
    IReadOnlyList<TimePointMetrics> TimePoints)
{
    /// <summary>The time point with this schedule index, or null.</summary>
    public TimePointMetrics? TimePoint(int scheduleIndex) => TimePoints.FirstOrDefault(t => t.ScheduleIndex == scheduleIndex);

    /// <summary>The last scheduled time point after t0 (the end of exposure), or null when the loop has no sample after t0.</summary>
    public TimePointMetrics? EndTimePoint => TimePoints.LastOrDefault(t => t.ScheduleIndex > 0);
}
