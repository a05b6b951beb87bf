using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Metrics;
using ChandlerLoop.Host.Web.Analysis;

namespace ChandlerLoop.Web.Tests.Lists;

/// <summary>Grouping of hand-built loops by product, dose and donor; controls of the same runs; metric reading.</summary>
public sealed class ObservationAggregatorTests
{
    private static LoopSnapshot Loop(long run, int position, LoopRole role, string? product, double dose, string donor, MetricValue? tat, int? clot = null, double? tf = null)
    {
        var analytes = tat is null ? new List<AnalyteMetrics>() : [new AnalyteMetrics("TAT", tat, tat, tat)];
        var end = new TimePointMetrics(2, 30, position * 10, null, MetricValue.Exact(10, "%"), MetricValue.Exact(12, "%"), analytes);
        var t0 = new TimePointMetrics(0, 0, position * 10 + 1, null, MetricValue.Exact(0, "%"), MetricValue.Exact(0, "%"), []);
        var metrics = new LoopMetrics(run * 100 + position, position, role, product, donor, dose, dose * 7, dose * 70, 0.14, [t0, end]);
        return new LoopSnapshot(run, "R-" + run, RunState.Completed, true, metrics, product is null ? null : "LOT-" + position, tf, clot);
    }

    private static readonly ComparisonMetric TatFold = ComparisonMetric.ByKey("tat-fold");

    private static List<LoopSnapshot> TwoRuns() =>
    [
        Loop(1, 1, LoopRole.NegativeControl, null, 0, "D1", MetricValue.Exact(1, "fold")),
        Loop(1, 2, LoopRole.TestArticle, "BM-MSC", 15_000, "D1", MetricValue.Exact(2, "fold"), tf: 15),
        Loop(1, 3, LoopRole.TestArticle, "BM-MSC", 30_000, "D1", new MetricValue(1.5, MetricBound.AtMost, "fold", null), tf: 15),
        Loop(1, 6, LoopRole.PositiveControl, "Fibroblasts", 15_000, "D1", MetricValue.Exact(40, "fold"), tf: 80),
        Loop(2, 1, LoopRole.NegativeControl, null, 0, "D2", MetricValue.Exact(1, "fold")),
        Loop(2, 2, LoopRole.TestArticle, "BM-MSC", 15_000, "D2", MetricValue.Exact(4, "fold"), tf: 20),
        Loop(2, 3, LoopRole.TestArticle, "BM-MSC", 30_000, "D2", MetricValue.NotComputable("fold", "no negative control")),
        Loop(3, 2, LoopRole.TestArticle, "DSC", 15_000, "D3", MetricValue.Exact(9, "fold")),
    ];

    [Fact]
    public void Summaries_group_by_product_and_dose_with_loop_and_donor_counts()
    {
        var observations = ObservationAggregator.Observe(TwoRuns(), TatFold);
        var bm = ObservationAggregator.SummarizeByDose(observations, ObservationGrouping.ByProduct, "fold").Where(s => s.Group == "BM-MSC").ToList();
        Assert.Equal([15_000.0, 30_000.0], bm.Select(s => s.DoseCellsPerMilliliter));
        Assert.Equal(2, bm[0].LoopCount);
        Assert.Equal(2, bm[0].DonorCount);
        Assert.Equal("3.0 fold", bm[0].Median.Format());
    }

    [Fact]
    public void A_lloq_bound_stays_a_bound_and_a_missing_value_is_counted_not_used()
    {
        var observations = ObservationAggregator.Observe(TwoRuns(), TatFold);
        var high = ObservationAggregator.SummarizeByDose(observations, ObservationGrouping.ByProduct, "fold").Single(s => s.Group == "BM-MSC" && s.DoseCellsPerMilliliter == 30_000);
        Assert.Equal(2, high.LoopCount);
        Assert.Equal(1, high.NotComputableCount);
        Assert.Equal("≤ 1.5 fold", high.Median.Format());
        Assert.Equal("≤ 1.5 fold", ObservationAggregator.Show(observations.Single(o => o.RunId == 1 && o.Position == 3).Value));
        Assert.StartsWith("— (no negative control", ObservationAggregator.Show(observations.Single(o => o.RunId == 2 && o.Position == 3).Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Series_by_donor_hold_only_computed_points_ordered_by_dose_with_the_bound_qualifier()
    {
        var observations = ObservationAggregator.Observe(TwoRuns(), TatFold).Where(o => o.CellProduct == "BM-MSC").ToList();
        var series = ObservationAggregator.Series(observations, ObservationGrouping.ByDonor);
        Assert.Equal(["D1", "D2"], series.Select(s => s.Name));
        Assert.Equal([15_000.0, 30_000.0], series[0].Points.Select(p => p.X));
        Assert.Equal("≤", series[0].Points[1].Qualifier);
        Assert.Single(series[1].Points);
    }

    [Fact]
    public void Series_against_tissue_factor_leave_out_loops_without_a_tf_value()
    {
        var observations = ObservationAggregator.Observe(TwoRuns(), TatFold);
        var series = ObservationAggregator.Series(observations, ObservationGrouping.ByProduct, xIsTissueFactor: true);
        Assert.Equal(["BM-MSC", "Fibroblasts"], series.Select(s => s.Name));
        Assert.Equal([15.0, 15.0, 20.0], series[0].Points.Select(p => p.X));
    }

    [Fact]
    public void Controls_come_only_from_the_runs_that_hold_the_product()
    {
        var observations = ObservationAggregator.Observe(TwoRuns(), TatFold);
        var dsc = observations.Where(o => o.CellProduct == "DSC").ToList();
        Assert.Empty(ObservationAggregator.ControlsOfSameRuns(observations, dsc));
        var bm = observations.Where(o => o.CellProduct == "BM-MSC").ToList();
        var controls = ObservationAggregator.ControlsOfSameRuns(observations, bm);
        Assert.Equal(3, controls.Count);
        Assert.Contains(controls, c => c.Role == LoopRole.PositiveControl && c.CellProduct == "Fibroblasts");
    }

    [Fact]
    public void Metrics_read_clot_score_and_platelet_consumption_and_explain_missing_values()
    {
        var scored = Loop(1, 2, LoopRole.TestArticle, "BM-MSC", 15_000, "D1", null, clot: 3);
        Assert.Equal(3.0, ComparisonMetric.ByKey(ComparisonMetric.ClotScoreKey).Read(scored).Value);
        Assert.Equal(12.0, ComparisonMetric.ByKey(ComparisonMetric.PlateletConsumptionKey).Read(scored).Value);
        Assert.Equal("not scored", ComparisonMetric.ByKey(ComparisonMetric.ClotScoreKey).Read(Loop(1, 3, LoopRole.TestArticle, "X", 1, "D1", null)).Reason);
        Assert.Contains("TAT not measured", TatFold.Read(scored).Reason, StringComparison.Ordinal);
        Assert.Same(ComparisonMetric.All[0], ComparisonMetric.ByKey("no-such-metric"));
    }

    [Fact]
    public void The_filter_matches_product_lot_and_donor_case_insensitively()
    {
        var observations = ObservationAggregator.Observe(TwoRuns(), TatFold);
        var filter = new ObservationFilter { CellProduct = "bm-msc", DonorId = "D2" };
        Assert.Equal(2, observations.Count(filter.Matches));
        filter.CellLot = "LOT-2";
        Assert.Single(observations, filter.Matches);
    }
}
