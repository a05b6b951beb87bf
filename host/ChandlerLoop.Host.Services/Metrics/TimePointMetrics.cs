namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>The metrics of one loop at one scheduled time point (one sample).</summary>
/// <param name="ScheduleIndex">Index in the protocol's sampling schedule (0 = t0 baseline).</param>
/// <param name="PlannedOffsetMinutes">Planned offset from the loop's t0, minutes.</param>
/// <param name="SampleId">The sample.</param>
/// <param name="TakenAtUtc">When the sample was taken, UTC; null when not (yet) taken.</param>
/// <param name="PlateletConsumption">Platelet consumption, % of the loop's t0 count.</param>
/// <param name="PlateletConsumptionDilutionCorrected">
/// Platelet consumption with the count corrected for the vehicle's dilution (× (V_blood + V_vehicle)/V_blood);
/// the t0 sample is taken before the vehicle is added, so it is not corrected.
/// </param>
/// <param name="Analytes">Every analyte measured in the sample, ordered by code.</param>
public sealed record TimePointMetrics(
    int ScheduleIndex,
    double PlannedOffsetMinutes,
    long SampleId,
    DateTime? TakenAtUtc,
    MetricValue PlateletConsumption,
    MetricValue PlateletConsumptionDilutionCorrected,
    IReadOnlyList<AnalyteMetrics> Analytes)
{
    /// <summary>The metrics of one analyte, or null when it was not measured in this sample.</summary>
    public AnalyteMetrics? Analyte(string code) => Analytes.FirstOrDefault(a => string.Equals(a.Analyte, code, StringComparison.Ordinal));
}
