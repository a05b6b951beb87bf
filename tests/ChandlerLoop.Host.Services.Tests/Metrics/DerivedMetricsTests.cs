using ChandlerLoop.Host.Services.Metrics;
using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Services.Tests.Metrics;

public sealed class DerivedMetricsTests
{
    private static MetricValue Plt(double value) => MetricValue.Exact(value, "10^9/L");

    private static MetricValue AtMost(double value) => new(value, MetricBound.AtMost, "10^9/L", null);

    private static MetricValue AtLeast(double value) => new(value, MetricBound.AtLeast, "10^9/L", null);

    [Theory]
    [InlineData(250, 100, 60.0)]
    [InlineData(250, 250, 0.0)]
    [InlineData(200, 220, -10.0)] // a rise shows as negative consumption, not hidden
    public void Platelet_consumption_is_100_times_one_minus_the_ratio_to_t0(double t0, double t, double expected)
    {
        var value = DerivedMetrics.PlateletConsumptionPercent(t0, t);

        Assert.Equal(expected, value.Value!.Value, 9);
        Assert.Equal(MetricBound.Exact, value.Bound);
        Assert.Equal("%", value.Unit);
    }

    [Fact]
    public void A_t0_count_of_zero_is_not_computable_and_says_why()
    {
        var value = DerivedMetrics.PlateletConsumptionPercent(0, 100);

        Assert.False(value.IsComputed);
        Assert.Contains("t0 platelet count is 0.00", value.Reason);
    }

    [Fact]
    public void Missing_inputs_are_not_computable_and_name_the_missing_value()
    {
        Assert.Contains("t0 platelet count missing", DerivedMetrics.PlateletConsumptionPercent(null, Plt(100)).Reason);
        Assert.Contains("platelet count at this time point missing", DerivedMetrics.PlateletConsumptionPercent(Plt(250), null).Reason);
        Assert.Contains("negative-control value missing", DerivedMetrics.FoldChange(Plt(10), null).Reason);
        Assert.Contains("t0 value missing", DerivedMetrics.DeltaFromBaseline(Plt(10), null).Reason);
    }

    [Fact]
    public void A_count_below_the_LLOQ_gives_at_least_that_much_consumption()
    {
        var value = DerivedMetrics.PlateletConsumptionPercent(Plt(250), AtMost(20));

        Assert.Equal(92.0, value.Value!.Value, 9);
        Assert.Equal(MetricBound.AtLeast, value.Bound);
        Assert.Equal("≥ 92.0 %", value.Format());
    }

    [Fact]
    public void A_t0_above_the_ULOQ_gives_at_least_and_a_t0_below_the_LLOQ_at_most()
    {
        Assert.Equal(MetricBound.AtLeast, DerivedMetrics.PlateletConsumptionPercent(AtLeast(400), Plt(100)).Bound);
        Assert.Equal(MetricBound.AtMost, DerivedMetrics.PlateletConsumptionPercent(AtMost(50), Plt(40)).Bound);
    }

    [Fact]
    public void Bounds_in_opposite_directions_are_not_computable()
    {
        // t ≤ 20 pushes consumption up, t0 ≤ 50 pushes it down: nothing is known.
        var value = DerivedMetrics.PlateletConsumptionPercent(AtMost(50), AtMost(20));

        Assert.False(value.IsComputed);
        Assert.Contains("opposite directions", value.Reason);
    }

    [Fact]
    public void Fold_change_divides_by_the_negative_control_and_inverts_its_bound()
    {
        Assert.Equal(20.0, DerivedMetrics.FoldChange(Plt(300), Plt(15)).Value!.Value, 9);
        var overLloqControl = DerivedMetrics.FoldChange(Plt(300), AtMost(2));
        Assert.Equal(150.0, overLloqControl.Value!.Value, 9);
        Assert.Equal(MetricBound.AtLeast, overLloqControl.Bound);
        Assert.Equal(MetricBound.AtLeast, DerivedMetrics.FoldChange(AtLeast(60), Plt(3)).Bound);
    }

    [Fact]
    public void Fold_change_against_a_zero_control_is_not_computable()
    {
        var value = DerivedMetrics.FoldChange(Plt(10), Plt(0));

        Assert.False(value.IsComputed);
        Assert.Contains("negative-control value is 0.00", value.Reason);
    }

    [Fact]
    public void Delta_from_baseline_subtracts_t0_and_keeps_the_bound()
    {
        Assert.Equal(-150.0, DerivedMetrics.DeltaFromBaseline(Plt(100), Plt(250)).Value!.Value, 9);
        var below = DerivedMetrics.DeltaFromBaseline(AtMost(2), Plt(3));
        Assert.Equal(-1.0, below.Value!.Value, 9);
        Assert.Equal(MetricBound.AtMost, below.Bound);
        Assert.Equal(MetricBound.AtLeast, DerivedMetrics.DeltaFromBaseline(Plt(10), AtMost(2)).Bound);
    }

    [Fact]
    public void Dilution_correction_scales_by_blood_plus_vehicle_over_blood()
    {
        var vehicle = DerivedMetrics.VehicleVolumeMilliliters(7.0, 5.0); // 5 % v/v of 7 mL

        var corrected = DerivedMetrics.DilutionCorrected(Plt(200), 7.0, vehicle);

        Assert.Equal(0.35, vehicle, 12);
        Assert.Equal(210.0, corrected.Value!.Value, 9);
        Assert.False(DerivedMetrics.DilutionCorrected(Plt(200), 0.0, 0.35).IsComputed);
    }

    [Fact]
    public void Dose_equivalents_use_the_blood_volume_and_70_mL_per_kg()
    {
        Assert.Equal(105_000.0, DoseCalculator.CellsPerLoop(15_000, 7.0), 6);
        Assert.Equal(1_050_000.0, DoseCalculator.CellsPerKilogramEquivalent(15_000), 6); // DOMAIN §2: ≈ 1.05 × 10⁶ cells/kg
    }
}
