using ChandlerLoop.Host.Services.Metrics;
using ChandlerLoop.Host.Web.Analysis;

namespace ChandlerLoop.Web.Tests.Lists;

/// <summary>Medians of values some of which are LLOQ/ULOQ bounds.</summary>
public sealed class BoundedMedianTests
{
    private static MetricValue E(double v) => MetricValue.Exact(v, "fold");

    private static MetricValue AtMost(double v) => new(v, MetricBound.AtMost, "fold", null);

    private static MetricValue AtLeast(double v) => new(v, MetricBound.AtLeast, "fold", null);

    [Fact]
    public void Exact_values_give_the_plain_median_odd_and_even()
    {
        Assert.Equal("2.0 fold", BoundedMedian.Of([E(3), E(1), E(2)], "fold").Format());
        Assert.Equal("2.5 fold", BoundedMedian.Of([E(4), E(1), E(2), E(3)], "fold").Format());
    }

    [Fact]
    public void A_bound_away_from_the_middle_does_not_change_an_exact_median()
    {
        var median = BoundedMedian.Of([AtMost(0.5), E(2), E(3)], "fold");
        Assert.True(median.IsExact);
        Assert.Equal(2.0, median.Low);
    }

    [Fact]
    public void Below_lloq_values_in_the_middle_give_an_upper_bound_not_a_number()
    {
        var median = BoundedMedian.Of([AtMost(1), AtMost(1), E(5)], "fold");
        Assert.False(median.IsExact);
        Assert.Equal("≤ 1.0 fold", median.Format());
    }

    [Fact]
    public void Above_uloq_values_in_the_middle_give_a_lower_bound()
    {
        Assert.Equal("≥ 40.0 fold", BoundedMedian.Of([E(1), AtLeast(40), AtLeast(50)], "fold").Format());
    }

    [Fact]
    public void Even_count_with_one_bound_in_the_middle_gives_a_one_sided_bound()
    {
        // Middle pair is (2, ≤ 3): the median is at most (2 + 3) / 2 and unbounded below.
        Assert.Equal("≤ 2.5 fold", BoundedMedian.Of([AtMost(1), E(2), AtMost(3), E(9)], "fold").Format());
    }

    [Fact]
    public void Not_computable_values_are_left_out_and_none_left_says_so()
    {
        var median = BoundedMedian.Of([MetricValue.NotComputable("fold", "no control"), E(4)], "fold");
        Assert.Equal(1, median.Count);
        Assert.Equal("4.0 fold", median.Format());
        Assert.Equal("no value", BoundedMedian.Of([MetricValue.NotComputable("fold", "x")], "fold").Format());
    }

    [Fact]
    public void Bounds_on_both_sides_of_the_middle_are_not_determinable()
    {
        Assert.StartsWith("not determinable", BoundedMedian.Of([AtMost(1), AtLeast(10)], "fold").Format(), StringComparison.Ordinal);
    }
}
