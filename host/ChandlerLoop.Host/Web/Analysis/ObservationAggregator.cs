using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>
/// Pure aggregation of loop observations for the comparison and product views: the observations of a
/// metric, chart series by product or donor, and per-dose summaries with bounded medians. Values that
/// could not be computed are counted but never plotted; bounds stay bounds.
/// </summary>
public static class ObservationAggregator
{
    /// <summary>The value of <paramref name="metric"/> for every loop, ordered by product, dose, run and position.</summary>
    public static IReadOnlyList<LoopObservation> Observe(IEnumerable<LoopSnapshot> loops, ComparisonMetric metric)
    {
        ArgumentNullException.ThrowIfNull(loops);
        ArgumentNullException.ThrowIfNull(metric);
        return loops
            .Select(s => new LoopObservation(s.RunId, s.RunKey, s.IsSimulated, s.Metrics.Position, s.Metrics.Role, s.Metrics.CellProduct,
                s.CellLot, s.Metrics.DonorPseudonymousId, s.Metrics.DoseCellsPerMilliliter, s.TissueFactorPositivePercent, metric.Read(s)))
            .OrderBy(o => o.ProductLabel, StringComparer.OrdinalIgnoreCase)
            .ThenBy(o => o.DoseCellsPerMilliliter)
            .ThenBy(o => o.RunKey, StringComparer.Ordinal)
            .ThenBy(o => o.Position)
            .ToList();
    }

    /// <summary>
    /// Chart series of the computed observations against dose (or, with <paramref name="xIsTissueFactor"/>,
    /// against TF-positive %, leaving out loops without a TF value), one per product or donor.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Series(IEnumerable<LoopObservation> observations, ObservationGrouping grouping, bool xIsTissueFactor = false)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return observations
            .Where(o => o.Value.Value is not null && (!xIsTissueFactor || o.TissueFactorPositivePercent is not null))
            .GroupBy(o => GroupName(o, grouping), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ChartSeries(g.Key, g
                .Select(o => new ChartPoint(xIsTissueFactor ? o.TissueFactorPositivePercent!.Value : o.DoseCellsPerMilliliter, o.Value.Value!.Value,
                    o.Value.Qualifier, o.RunKey + " loop " + o.Position))
                .OrderBy(p => p.X)
                .ToList()))
            .ToList();
    }

    /// <summary>Per group (product or donor) and dose: loops, donors, not-computable count and the bounded median.</summary>
    public static IReadOnlyList<DoseSummary> SummarizeByDose(IEnumerable<LoopObservation> observations, ObservationGrouping grouping, string unit)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return observations
            .GroupBy(o => (Group: GroupName(o, grouping), Dose: o.DoseCellsPerMilliliter))
            .OrderBy(g => g.Key.Group, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Key.Dose)
            .Select(g => new DoseSummary(
                g.Key.Group,
                g.Key.Dose,
                g.Count(),
                g.Select(o => o.DonorId).Distinct(StringComparer.Ordinal).Count(),
                g.Count(o => o.Value.Value is null),
                BoundedMedian.Of(g.Select(o => o.Value), unit)))
            .ToList();
    }

    /// <summary>The observations of the control loops (negative, positive) of the runs that hold <paramref name="ofRuns"/>.</summary>
    public static IReadOnlyList<LoopObservation> ControlsOfSameRuns(IEnumerable<LoopObservation> all, IEnumerable<LoopObservation> ofRuns)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(ofRuns);
        var runIds = ofRuns.Select(o => o.RunId).ToHashSet();
        return all.Where(o => runIds.Contains(o.RunId) && o.Role != LoopRole.TestArticle).ToList();
    }

    /// <summary>The name of the series an observation belongs to.</summary>
    public static string GroupName(LoopObservation observation, ObservationGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return grouping == ObservationGrouping.ByDonor ? observation.DonorId : observation.ProductLabel;
    }

    /// <summary>The unit to show for a metric's observations: the metric's own, or the first computed value's (measured analytes).</summary>
    public static string UnitOf(ComparisonMetric metric, IEnumerable<LoopObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(observations);
        return metric.Unit.Length > 0 ? metric.Unit : observations.Select(o => o.Value).FirstOrDefault(v => v.Unit.Length > 0)?.Unit ?? "";
    }

    /// <summary>A value as the tables show it: "≤ 2.0 fold", or "— (reason)" when not computable.</summary>
    public static string Show(MetricValue value, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Value is null ? "— (" + value.Reason + ")" : value.Format(decimals);
    }
}
