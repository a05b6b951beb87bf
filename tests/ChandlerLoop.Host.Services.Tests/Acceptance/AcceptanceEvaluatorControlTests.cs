using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Acceptance;

namespace ChandlerLoop.Host.Services.Tests.Acceptance;

/// <summary>Donor, baseline, control and preanalytics checks, including missing inputs and LLOQ/ULOQ bounds.</summary>
public sealed class AcceptanceEvaluatorControlTests
{
    [Theory]
    [InlineData(187.5, true)]  // exactly 25 % consumption of 250
    [InlineData(185.0, false)] // 26 %
    public void Negative_control_platelet_consumption_may_reach_25_percent(double endCount, bool passes)
    {
        var run = new SyntheticRun();
        run.SetResult(run.NegativeControl, 1, "PLT", endCount);

        var check = run.Check(AcceptanceCheckCodes.NegativeControlPlatelets);

        Assert.Equal(passes, check.Passed);
        Assert.Equal(100.0 * (1 - endCount / 250), check.Value!.Value, 9);
        Assert.Contains("loop 1 (donor D-001)", check.Detail);
    }

    [Theory]
    [InlineData(29.9, true)]
    [InlineData(30.0, false)] // 10× its t0 of 3 is not below 10×
    public void Negative_control_TAT_must_stay_below_10_times_its_t0(double endTat, bool passes)
    {
        var run = new SyntheticRun();
        run.SetResult(run.NegativeControl, 1, "TAT", endTat);

        Assert.Equal(passes, run.Check(AcceptanceCheckCodes.NegativeControlTat).Passed);
    }

    [Fact]
    public void A_negative_control_TAT_below_the_LLOQ_at_the_end_still_shows_no_activation()
    {
        var run = new SyntheticRun();
        run.SetResult(run.NegativeControl, 1, "TAT", 1.0, belowLloq: true, lloq: 2.0);

        var check = run.Check(AcceptanceCheckCodes.NegativeControlTat);

        Assert.True(check.Passed, check.Detail);
        Assert.Contains("≤ 0.67 fold", check.Detail); // ≤ LLOQ 2.0 / 3.0
    }

    [Fact]
    public void A_negative_control_t0_TAT_below_the_LLOQ_cannot_show_the_fold_and_is_not_evaluable()
    {
        var run = new SyntheticRun();
        run.SetResult(run.NegativeControl, 0, "TAT", 0.5, belowLloq: true, lloq: 2.0);

        var check = run.Check(AcceptanceCheckCodes.NegativeControlTat);

        Assert.False(check.Passed);
        Assert.False(check.Evaluable);
        Assert.Contains("≥ 7.50 fold", check.Detail); // 15 / ≤ 2.0: at least 7.5×, could be more than 10×
        Assert.Contains("cannot decide", check.Detail);
    }

    [Fact]
    public void A_run_without_a_positive_control_fails_as_not_evaluable()
    {
        var run = new SyntheticRun();
        run.Loops.Remove(run.PositiveControl);

        var report = run.Evaluate();
        var check = report.Check(AcceptanceCheckCodes.PositiveControl)!;

        Assert.False(check.Passed);
        Assert.False(check.Evaluable);
        Assert.Contains("no positive-control loop", check.Detail);
        Assert.Equal("fail", report.Outcome);
    }

    [Fact]
    public void A_run_without_a_negative_control_fails_its_checks_and_the_positive_control_TAT_fold()
    {
        var run = new SyntheticRun();
        run.Loops.Remove(run.NegativeControl);

        var report = run.Evaluate();

        Assert.False(report.Check(AcceptanceCheckCodes.NegativeControlPlatelets)!.Evaluable);
        Assert.False(report.Check(AcceptanceCheckCodes.NegativeControlTat)!.Evaluable);
        Assert.Contains("no negative-control loop", report.Check(AcceptanceCheckCodes.NegativeControlTat)!.Detail);
        Assert.True(report.Check(AcceptanceCheckCodes.PositiveControl)!.Passed); // 60 % consumption decides on its own
    }

    [Fact]
    public void A_positive_control_that_activates_neither_way_makes_the_run_invalid()
    {
        var run = new SyntheticRun();
        run.SetResult(run.PositiveControl, 1, "PLT", 150); // 40 %
        run.SetResult(run.PositiveControl, 1, "TAT", 60);  // 4× the negative control

        var check = run.Check(AcceptanceCheckCodes.PositiveControl);

        Assert.False(check.Passed);
        Assert.True(check.Evaluable);
        Assert.Contains("run invalid", check.Detail);
    }

    [Fact]
    public void A_positive_control_passes_on_TAT_alone_when_platelets_fall_less_than_50_percent()
    {
        var run = new SyntheticRun();
        run.SetResult(run.PositiveControl, 1, "PLT", 175); // 30 %
        run.SetResult(run.PositiveControl, 1, "TAT", 150); // 10× the negative control's 15

        Assert.True(run.Check(AcceptanceCheckCodes.PositiveControl).Passed);
    }

    [Fact]
    public void A_positive_control_count_below_the_LLOQ_passes_as_at_least_the_bound()
    {
        var run = new SyntheticRun();
        run.SetResult(run.PositiveControl, 1, "PLT", 5, belowLloq: true, lloq: 20);
        run.RemoveResult(run.PositiveControl, 1, "TAT");

        var check = run.Check(AcceptanceCheckCodes.PositiveControl);

        Assert.True(check.Passed, check.Detail);
        Assert.Contains("≥ 92.0 %", check.Detail); // 1 − ≤20/250
    }

    [Fact]
    public void A_positive_control_with_a_weak_count_and_no_TAT_is_not_evaluable()
    {
        var run = new SyntheticRun();
        run.SetResult(run.PositiveControl, 1, "PLT", 150);
        run.RemoveResult(run.PositiveControl, 1, "TAT");

        var check = run.Check(AcceptanceCheckCodes.PositiveControl);

        Assert.False(check.Passed);
        Assert.False(check.Evaluable);
    }

    [Theory]
    [InlineData(150.0, true)]
    [InlineData(400.0, true)]
    [InlineData(149.0, false)]
    [InlineData(401.0, false)]
    public void The_t0_platelet_count_must_be_within_150_to_400(double count, bool passes)
    {
        var run = new SyntheticRun();
        run.SetResult(run.TestArticle, 0, "PLT", count);

        var check = run.Check(AcceptanceCheckCodes.BaselinePlatelets);

        Assert.Equal(passes, check.Passed);
        Assert.Equal(count, check.Value); // the value nearest to (or furthest beyond) an edge of the range decides
    }

    [Fact]
    public void A_missing_t0_platelet_count_is_not_evaluable()
    {
        var run = new SyntheticRun();
        run.RemoveResult(run.TestArticle, 0, "PLT");

        var check = run.Check(AcceptanceCheckCodes.BaselinePlatelets);

        Assert.False(check.Passed);
        Assert.False(check.Evaluable);
        Assert.Contains("loop 2 (donor D-001): no t0 platelet count", check.Detail);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Loop_start_may_be_at_most_30_min_after_venepuncture(int minutes, bool passes)
    {
        var run = new SyntheticRun();
        run.Donor.DrawnAtUtc = SyntheticRun.T0Utc.AddMinutes(-minutes);

        var check = run.Check(AcceptanceCheckCodes.DrawToStart);

        Assert.Equal(passes, check.Passed);
        Assert.Equal(minutes, check.Value!.Value, 9);
    }

    [Fact]
    public void Draw_to_start_uses_the_last_loop_of_the_donor_to_start()
    {
        var run = new SyntheticRun();
        run.PositiveControl.LoadedAtUtc = SyntheticRun.T0Utc.AddMinutes(12); // drawn 20 min before t0

        Assert.False(run.Check(AcceptanceCheckCodes.DrawToStart).Passed);
    }

    [Fact]
    public void A_run_never_loaded_has_no_start_time_and_draw_to_start_is_not_evaluable()
    {
        var run = new SyntheticRun();
        run.Run.LoadedAtUtc = null;

        var check = run.Check(AcceptanceCheckCodes.DrawToStart);

        Assert.False(check.Evaluable);
        Assert.False(check.Passed);
    }

    [Fact]
    public void Preanalytics_are_checked_only_where_recorded()
    {
        var run = new SyntheticRun();
        var sample = run.SampleOf(run.TestArticle, 1);
        sample.CentrifugedAtUtc = sample.TakenAtUtc!.Value.AddMinutes(61);
        sample.StorageTemperatureCelsius = -60;
        run.SampleOf(run.NegativeControl, 1).CentrifugedAtUtc = run.SampleOf(run.NegativeControl, 1).TakenAtUtc!.Value.AddMinutes(60);
        run.SampleOf(run.NegativeControl, 1).StorageTemperatureCelsius = -80;

        var report = run.Evaluate();
        var spin = report.Check(AcceptanceCheckCodes.Centrifugation)!;
        var storage = report.Check(AcceptanceCheckCodes.StorageTemperature)!;

        Assert.False(spin.Passed);
        Assert.Equal(61.0, spin.Value!.Value, 9);
        Assert.Contains("2 of 6 taken sample(s) recorded", spin.Detail);
        Assert.Contains("loop 2 t1 61.0 min", spin.Detail);
        Assert.False(storage.Passed);
        Assert.Contains("loop 2 t1 -60.0 °C", storage.Detail);

        sample.CentrifugedAtUtc = sample.TakenAtUtc!.Value.AddMinutes(60);
        sample.StorageTemperatureCelsius = -70;
        Assert.True(run.Check(AcceptanceCheckCodes.Centrifugation).Passed);
        Assert.True(run.Check(AcceptanceCheckCodes.StorageTemperature).Passed);
    }

    [Fact]
    public void Criteria_come_from_every_acceptance_field_of_the_template()
    {
        var template = new ProtocolTemplate
        {
            SetpointCelsius = 36.5, SpeedRpm = 32, DurationMinutes = 60,
            AcceptanceTemperatureBandCelsius = 0.4, AcceptanceMinTimeInBandPercent = 90, AcceptanceExcursionLimitCelsius = 1.5,
            AcceptanceMaxExcursionSeconds = 45, AcceptanceSpeedTolerancePercent = 3, AcceptanceExposureToleranceSeconds = 20,
            AcceptanceNegativeControlMaxPlateletConsumptionPercent = 20, AcceptancePositiveControlMinPlateletConsumptionPercent = 55,
            AcceptanceMaxStoppageSeconds = 5, AcceptanceMaxDrawToStartMinutes = 25, AcceptanceBaselinePlateletsMin = 140,
            AcceptanceBaselinePlateletsMax = 450, AcceptanceNegativeControlMaxTatFold = 8, AcceptancePositiveControlMinTatFold = 12,
            AcceptanceMaxMinutesToCentrifuge = 45,
        };

        var c = AcceptanceCriteria.FromTemplate(template);

        Assert.Equal(
            [36.5, 32, 3600, 0.4, 90, 1.5, 45, 3, 20, 20, 55, 5, 25, 140, 450, 8, 12, 45],
            new[]
            {
                c.SetpointCelsius, c.SpeedRpm, c.ExposureSeconds, c.TemperatureBandCelsius, c.MinTimeInBandPercent, c.ExcursionLimitCelsius,
                c.MaxExcursionSeconds, c.SpeedTolerancePercent, c.ExposureToleranceSeconds, c.NegativeControlMaxPlateletConsumptionPercent,
                c.PositiveControlMinPlateletConsumptionPercent, c.MaxStoppageSeconds, c.MaxDrawToStartMinutes, c.BaselinePlateletsMin,
                c.BaselinePlateletsMax, c.NegativeControlMaxTatFold, c.PositiveControlMinTatFold, c.MaxMinutesToCentrifuge,
            });
    }
}
