using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>
/// Computes <see cref="RunMetrics"/> from a run's stored loops, donors, samples and results (pure; used by
/// <see cref="RunMetricsService"/> and by acceptance). When one sample holds several results of one analyte,
/// the most recently entered is used. The fold change uses the negative-control loop(s) of the same donor at
/// the same schedule index; with several such loops their mean is used.
/// </summary>
public static class RunMetricsCalculator
{
    /// <summary>Computes the metrics; missing data shows up as not-computable values, never as an exception.</summary>
    public static RunMetrics Compute(Run run, IEnumerable<Loop> loops, IEnumerable<Donor> donors, IEnumerable<Sample> samples, IEnumerable<MarkerResult> results)
    {
        ArgumentNullException.ThrowIfNull(run);
        var loopList = loops.OrderBy(l => l.Position).ThenBy(l => l.Id).ToList();
        var donorCodes = donors.ToDictionary(d => d.Id, d => d.PseudonymousId);
        var samplesByLoop = samples.GroupBy(s => s.LoopId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.ScheduleIndex).ThenBy(s => s.Id).ToList());
        var latest = results
            .GroupBy(r => (r.SampleId, r.Analyte))
            .ToDictionary(g => g.Key, g => MetricValue.FromResult(g.OrderBy(r => r.EnteredAtUtc).ThenBy(r => r.Id).Last()));

        MetricValue? ValueOf(Sample? sample, string analyte) =>
            sample is not null && latest.TryGetValue((sample.Id, analyte), out var value) ? value : null;

        Sample? SampleAt(Loop loop, int scheduleIndex) =>
            samplesByLoop.TryGetValue(loop.Id, out var list) ? list.FirstOrDefault(s => s.ScheduleIndex == scheduleIndex) : null;

        MetricValue? NegativeControlValue(Loop loop, int scheduleIndex, string analyte)
        {
            var values = loopList
                .Where(l => l.Role == LoopRole.NegativeControl && l.DonorId == loop.DonorId)
                .Select(l => ValueOf(SampleAt(l, scheduleIndex), analyte))
                .Where(v => v is not null)
                .Select(v => v!)
                .ToList();
            return values.Count == 0 ? null : Mean(values);
        }

        var loopMetrics = new List<LoopMetrics>();
        foreach (var loop in loopList)
        {
            var baseline = SampleAt(loop, 0);
            var vehicleMl = DerivedMetrics.VehicleVolumeMilliliters(loop.BloodVolumeMilliliters, loop.VehicleFractionPercent);
            var timePoints = new List<TimePointMetrics>();
            foreach (var sample in samplesByLoop.GetValueOrDefault(loop.Id) ?? [])
            {
                var plt = ValueOf(sample, AnalyteCodes.Platelets);
                var pltT0 = ValueOf(baseline, AnalyteCodes.Platelets);
                var consumption = Explain(DerivedMetrics.PlateletConsumptionPercent(pltT0, plt), baseline is null);
                var corrected = sample.ScheduleIndex == 0
                    ? consumption
                    : Explain(DerivedMetrics.PlateletConsumptionPercent(pltT0, DerivedMetrics.DilutionCorrected(plt, loop.BloodVolumeMilliliters, vehicleMl)), baseline is null);
                var analytes = latest.Keys
                    .Where(k => k.SampleId == sample.Id)
                    .Select(k => k.Analyte)
                    .OrderBy(a => a, StringComparer.Ordinal)
                    .Select(analyte => new AnalyteMetrics(
                        analyte,
                        latest[(sample.Id, analyte)],
                        Explain(DerivedMetrics.DeltaFromBaseline(latest[(sample.Id, analyte)], ValueOf(baseline, analyte)), baseline is null),
                        AnalyteCodes.FoldChangeAnalytes.Contains(analyte)
                            ? ExplainFold(DerivedMetrics.FoldChange(latest[(sample.Id, analyte)], NegativeControlValue(loop, sample.ScheduleIndex, analyte)), loopList, loop)
                            : null))
                    .ToList();
                timePoints.Add(new TimePointMetrics(sample.ScheduleIndex, sample.PlannedOffsetMinutes, sample.Id, sample.TakenAtUtc, consumption, corrected, analytes));
            }

            loopMetrics.Add(new LoopMetrics(
                loop.Id,
                loop.Position,
                loop.Role,
                loop.CellProduct,
                donorCodes.GetValueOrDefault(loop.DonorId) ?? "",
                loop.DoseCellsPerMilliliter,
                DoseCalculator.CellsPerLoop(loop.DoseCellsPerMilliliter, loop.BloodVolumeMilliliters),
                DoseCalculator.CellsPerKilogramEquivalent(loop.DoseCellsPerMilliliter),
                vehicleMl,
                timePoints));
        }

        return new RunMetrics(run.Id, run.RunKey, run.IsSimulated, loopMetrics);
    }

    /// <summary>The mean of several values; the bound is kept when all bounds agree, otherwise not computable.</summary>
    internal static MetricValue Mean(IReadOnlyList<MetricValue> values)
    {
        if (values.Count == 1)
        {
            return values[0];
        }

        var unit = values[0].Unit;
        var missing = values.FirstOrDefault(v => !v.IsComputed);
        if (missing is not null)
        {
            return missing;
        }

        MetricBound? bound = MetricBound.Exact;
        foreach (var v in values)
        {
            bound = bound is { } b ? DerivedMetrics.Combine(b, v.Bound) : null;
        }

        return bound is { } combined
            ? new MetricValue(values.Average(v => v.Value!.Value), combined, unit, null)
            : MetricValue.NotComputable(unit, "the negative-control values are bounds in opposite directions");
    }

    private static MetricValue Explain(MetricValue value, bool noBaselineSample) =>
        noBaselineSample && !value.IsComputed ? value with { Reason = "the loop has no t0 (schedule index 0) sample" } : value;

    private static MetricValue ExplainFold(MetricValue value, List<Loop> loops, Loop loop) =>
        !value.IsComputed && !loops.Any(l => l.Role == LoopRole.NegativeControl && l.DonorId == loop.DonorId)
            ? value with { Reason = "no negative-control loop with the same donor in this run" }
            : value;
}
