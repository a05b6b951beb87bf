using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Acceptance;

namespace ChandlerLoop.Host.Services.Tests.Acceptance;

/// <summary>The temperature, rotation, exposure and completeness checks on synthetic 1 Hz series (1800 s exposure).</summary>
public sealed class AcceptanceEvaluatorTelemetryTests
{
    [Fact]
    public void A_clean_run_passes_every_check_and_a_stopped_drum_after_the_end_is_not_a_stoppage()
    {
        var report = new SyntheticRun().Evaluate();

        Assert.Equal("pass", report.Outcome);
        Assert.All(report.Checks, c => Assert.True(c.Passed, c.Code + ": " + c.Detail));
        Assert.Equal(13, report.Checks.Select(c => c.Code).Distinct().Count());
        Assert.Equal(100.0, report.Check(AcceptanceCheckCodes.TemperatureInBand)!.Value!.Value, 9);
        Assert.Equal(0.0, report.Check(AcceptanceCheckCodes.RotationStoppage)!.Value); // 5 records at 0 rpm after exposure end
        Assert.Equal(30.0, report.Check(AcceptanceCheckCodes.SpeedMean)!.Value!.Value, 9);
        Assert.Equal(0.0, report.Check(AcceptanceCheckCodes.ExposureTime)!.Value!.Value, 9);
        Assert.False(report.Check(AcceptanceCheckCodes.Centrifugation)!.Evaluable); // optional: nothing recorded, still passes
    }

    [Theory]
    [InlineData(90, true, 95.0)]  // 1710 of 1800 s in band: exactly 95 %
    [InlineData(91, false, 94.944)]
    public void Exactly_95_percent_of_exposure_time_in_band_passes_and_one_second_less_fails(int secondsOut, bool passes, double percent)
    {
        var run = new SyntheticRun { Telemetry = SyntheticRun.Series(temperature: i => i >= 600 && i < 600 + secondsOut ? 37.7 : 37.0) };

        var check = run.Check(AcceptanceCheckCodes.TemperatureInBand);

        Assert.Equal(passes, check.Passed);
        Assert.Equal(percent, check.Value!.Value, 3);
        Assert.True(run.Check(AcceptanceCheckCodes.TemperatureExcursion).Passed); // 37.7 is within the ±1.0 °C excursion limit
    }

    [Fact]
    public void Time_in_band_is_weighted_by_rig_time_not_by_record_count()
    {
        // 120 s out of band but recorded only every 10 s: 12 of ~1700 records, yet 120 of 1800 s (93.3 %).
        var series = SyntheticRun.Series(temperature: i => i >= 300 && i < 420 ? 37.8 : 37.0);
        series.RemoveAll(p => p.ExposureSeconds > 300 && p.ExposureSeconds < 420 && p.ExposureSeconds % 10 != 0 && p.State == "running");
        Renumber(series);
        var run = new SyntheticRun { Telemetry = series };

        var check = run.Check(AcceptanceCheckCodes.TemperatureInBand);

        Assert.False(check.Passed);
        Assert.Equal(100.0 * 1680 / 1800, check.Value!.Value, 6);
        Assert.True(run.Check(AcceptanceCheckCodes.TelemetryComplete).Passed); // renumbered: no record lost, just a slower rate
    }

    [Theory]
    [InlineData(59, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void An_excursion_beyond_one_degree_may_last_60_s_but_not_61_s(int seconds, bool passes)
    {
        var run = new SyntheticRun { Telemetry = SyntheticRun.Series(temperature: i => i >= 900 && i < 900 + seconds ? 38.2 : 37.0) };

        var check = run.Check(AcceptanceCheckCodes.TemperatureExcursion);

        Assert.Equal(passes, check.Passed);
        Assert.Equal(seconds, check.Value!.Value, 6);
        Assert.Contains("38.20 °C", check.Detail);
        Assert.Contains("900.0 s after t0", check.Detail);
    }

    [Fact]
    public void Two_short_excursions_are_not_added_together()
    {
        var run = new SyntheticRun { Telemetry = SyntheticRun.Series(temperature: i => (i >= 100 && i < 150) || (i >= 160 && i < 210) ? 35.8 : 37.0) };

        var check = run.Check(AcceptanceCheckCodes.TemperatureExcursion);

        Assert.True(check.Passed);
        Assert.Equal(50.0, check.Value!.Value, 6);
    }

    [Fact]
    public void A_gap_in_the_exposure_is_reported_with_its_sequence_range_and_counted_out_of_band()
    {
        var run = new SyntheticRun();
        run.Telemetry.RemoveAll(p => p.Sequence >= 511 && p.Sequence <= 610); // 100 records of exposure lost

        var complete = run.Check(AcceptanceCheckCodes.TelemetryComplete);
        var inBand = run.Check(AcceptanceCheckCodes.TemperatureInBand);

        Assert.False(complete.Passed);
        Assert.Equal(100.0, complete.Value);
        Assert.Contains("511–610", complete.Detail);
        Assert.False(inBand.Passed); // 1699 of 1800 s: the lost stretch counts as out of band
        Assert.Equal(100.0 * 1699 / 1800, inBand.Value!.Value, 6);
        Assert.Contains("without records", inBand.Detail);
    }

    [Fact]
    public void A_gap_before_t0_or_after_the_end_of_exposure_does_not_fail_completeness()
    {
        var run = new SyntheticRun();
        run.Telemetry.RemoveAll(p => p.Sequence is >= 3 and <= 6 || p.Sequence == 1814);

        Assert.True(run.Check(AcceptanceCheckCodes.TelemetryComplete).Passed);
    }

    [Fact]
    public void A_record_without_a_control_temperature_counts_as_out_of_band()
    {
        var run = new SyntheticRun { Telemetry = SyntheticRun.Series(temperature: i => i < 100 ? null : 37.0) };

        var check = run.Check(AcceptanceCheckCodes.TemperatureInBand);

        Assert.False(check.Passed);
        Assert.Contains("without a control temperature", check.Detail);
        Assert.True(run.Check(AcceptanceCheckCodes.TemperatureExcursion).Passed); // unknown never starts an excursion
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Cumulative_stoppage_may_reach_10_s(int secondsStopped, bool passes)
    {
        // Two stoppages that add up: 5 s, then the rest.
        var run = new SyntheticRun { Telemetry = SyntheticRun.Series(rpm: i => (i >= 200 && i < 205) || (i >= 700 && i < 695 + secondsStopped) ? 3.0 : 30.0) };

        var check = run.Check(AcceptanceCheckCodes.RotationStoppage);

        Assert.Equal(passes, check.Passed);
        Assert.Equal(secondsStopped, check.Value!.Value, 6);
        Assert.True(run.Check(AcceptanceCheckCodes.SpeedMean).Passed); // 11 s stopped moves the mean by < 1 %
    }

    [Fact]
    public void A_sampling_pause_is_a_stoppage_only_when_the_protocol_rotates_while_sampling()
    {
        var series = SyntheticRun.Series(rpm: i => i >= 900 && i < 960 ? 0.0 : 30.0, state: i => i >= 900 && i < 960 ? "sample_due" : "running");

        var rotating = new SyntheticRun { Telemetry = series };
        var paused = new SyntheticRun { Telemetry = series, Criteria = rotating.Criteria with { RotateWhileSampling = false } };

        Assert.False(rotating.Check(AcceptanceCheckCodes.RotationStoppage).Passed);
        Assert.Equal(60.0, rotating.Check(AcceptanceCheckCodes.RotationStoppage).Value!.Value, 6);
        var pausedCheck = paused.Check(AcceptanceCheckCodes.RotationStoppage);
        Assert.True(pausedCheck.Passed, pausedCheck.Detail);
        Assert.Equal(0.0, pausedCheck.Value!.Value, 6);
        Assert.Equal(30.0, paused.Check(AcceptanceCheckCodes.SpeedMean).Value!.Value, 6); // the pause is left out of the mean too
    }

    [Theory]
    [InlineData(28.6, true)]   // −4.7 %
    [InlineData(28.4, false)]  // −5.3 %
    [InlineData(31.4, true)]   // +4.7 %
    [InlineData(31.6, false)]  // +5.3 %
    public void Mean_speed_must_be_within_5_percent_of_the_set_point(double rpm, bool passes)
    {
        var run = new SyntheticRun { Telemetry = SyntheticRun.Series(rpm: _ => rpm) };

        var check = run.Check(AcceptanceCheckCodes.SpeedMean);

        Assert.Equal(passes, check.Passed);
        Assert.Equal(rpm, check.Value!.Value, 6);
    }

    [Fact]
    public void An_exposure_cut_short_fails_by_the_missing_seconds()
    {
        var run = new SyntheticRun();
        run.Telemetry.RemoveAll(p => p.ExposureSeconds > 1700 && p.State == "running");
        foreach (var p in run.Telemetry.Where(p => p.State != "running" && p.State != "ready"))
        {
            p.ExposureSeconds = 1700;
            p.State = "aborted";
        }

        Renumber(run.Telemetry);
        var check = run.Check(AcceptanceCheckCodes.ExposureTime);

        Assert.False(check.Passed);
        Assert.Equal(-100.0, check.Value!.Value, 6);
    }

    [Theory]
    [InlineData(25, true)]
    [InlineData(35, false)]
    public void A_loop_loaded_before_the_rig_t0_is_exposed_that_much_longer(int secondsEarly, bool passes)
    {
        var run = new SyntheticRun();
        run.NegativeControl.LoadedAtUtc = SyntheticRun.T0Utc.AddSeconds(-secondsEarly);
        run.TestArticle.LoadedAtUtc = SyntheticRun.T0Utc;

        var check = run.Check(AcceptanceCheckCodes.ExposureTime);

        Assert.Equal(passes, check.Passed);
        Assert.Equal(secondsEarly, check.Value!.Value, 6);
        Assert.Contains("loop 1 " + (1800 + secondsEarly) + ".0 s", check.Detail);
    }

    [Fact]
    public void Without_telemetry_the_telemetry_checks_are_not_evaluable_and_exposure_comes_from_the_events()
    {
        var run = new SyntheticRun { Telemetry = [] };
        run.Events.Add(new RigEvent { RunId = 1, Kind = "state_changed", PayloadJson = "{\"event\":\"state_changed\",\"from\":\"sample_due\",\"to\":\"completed\",\"exp_s\":1801}" });
        run.Events.Add(new RigEvent { RunId = 1, Kind = "state_changed", PayloadJson = "not json" });

        var report = run.Evaluate();

        foreach (var code in new[] { AcceptanceCheckCodes.TemperatureInBand, AcceptanceCheckCodes.TemperatureExcursion, AcceptanceCheckCodes.SpeedMean, AcceptanceCheckCodes.RotationStoppage, AcceptanceCheckCodes.TelemetryComplete })
        {
            var check = report.Check(code)!;
            Assert.False(check.Passed);
            Assert.False(check.Evaluable);
            Assert.StartsWith("Not evaluable", check.Detail);
        }

        Assert.True(report.Check(AcceptanceCheckCodes.ExposureTime)!.Passed);
        Assert.Contains("state_changed", report.Check(AcceptanceCheckCodes.ExposureTime)!.Detail);
        Assert.Equal("fail", report.Outcome);
    }

    /// <summary>Gives the records consecutive sequence numbers (a slower record rate, nothing lost).</summary>
    private static void Renumber(List<TelemetryPoint> series)
    {
        for (var i = 0; i < series.Count; i++)
        {
            series[i].Sequence = i + 1;
        }
    }
}
