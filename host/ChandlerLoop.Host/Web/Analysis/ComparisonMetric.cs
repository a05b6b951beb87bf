using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>
/// A metric the comparison and product views can plot: a key (stable, used in ids and the query string),
/// a label with its unit, and how to read it from a loop (at the end of exposure: the last scheduled sample).
/// </summary>
/// <param name="Key">Stable key, e.g. "tat-fold".</param>
/// <param name="Label">Label with unit, e.g. "TAT fold change vs negative control".</param>
/// <param name="Unit">Unit of the value, e.g. "fold", "%", "ng/mL", "score 0–4".</param>
/// <param name="Read">Reads the value from a loop; never throws (missing data comes back not computable).</param>
public sealed record ComparisonMetric(string Key, string Label, string Unit, Func<LoopSnapshot, MetricValue> Read)
{
    /// <summary>Key of platelet consumption.</summary>
    public const string PlateletConsumptionKey = "plt-consumption";

    /// <summary>Key of the clot score.</summary>
    public const string ClotScoreKey = "clot-score";

    /// <summary>Every metric offered, in the order shown.</summary>
    public static IReadOnlyList<ComparisonMetric> All { get; } = Build();

    /// <summary>The metric with this key, or the first (platelet consumption) for an unknown key.</summary>
    public static ComparisonMetric ByKey(string? key) =>
        All.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase)) ?? All[0];

    /// <summary>The key of the fold change of an analyte, e.g. "tat-fold".</summary>
    public static string FoldKey(string analyte) => analyte.ToLowerInvariant() + "-fold";

    private static List<ComparisonMetric> Build()
    {
        var list = new List<ComparisonMetric>
        {
            new(PlateletConsumptionKey, "Platelet consumption at end of exposure (dilution-corrected), %", DerivedMetrics.PercentUnit,
                s => s.Metrics.EndTimePoint?.PlateletConsumptionDilutionCorrected ?? NoEndSample(DerivedMetrics.PercentUnit)),
        };
        foreach (var analyte in AnalyteCodes.FoldChangeAnalytes)
        {
            list.Add(new(FoldKey(analyte), analyte + " fold change vs negative control (same donor), fold", DerivedMetrics.FoldUnit,
                s => s.Metrics.EndTimePoint is { } end
                    ? end.Analyte(analyte)?.FoldChangeVsNegativeControl ?? MetricValue.NotComputable(DerivedMetrics.FoldUnit, analyte + " not measured at the end of exposure")
                    : NoEndSample(DerivedMetrics.FoldUnit)));
        }

        foreach (var analyte in AnalyteCodes.FoldChangeAnalytes)
        {
            list.Add(new(analyte.ToLowerInvariant(), analyte + " at end of exposure (measured)", "",
                s => s.Metrics.EndTimePoint is { } end
                    ? end.Analyte(analyte)?.Measured ?? MetricValue.NotComputable("", analyte + " not measured at the end of exposure")
                    : NoEndSample("")));
        }

        list.Add(new(ClotScoreKey, "Clot score (0 = no clot … 4 = occlusive)", "score",
            s => s.ClotScore is { } score ? MetricValue.Exact(score, "score") : MetricValue.NotComputable("score", "not scored")));
        return list;
    }

    private static MetricValue NoEndSample(string unit) => MetricValue.NotComputable(unit, "the loop has no sample after t0");
}
