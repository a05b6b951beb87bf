using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Tests.Temperature;

public class RelayAutotunerTests
{
    private const double Target = 37.0;
    private const double Dt = 0.5;

    private static (RelayAutotuner Tuner, double MaxWater, double LastDuty) RunOnFake(
        LaggedBathFake bath, RelayAutotuneSettings settings, Func<int, double, double>? measureOverride = null,
        Func<int, double>? targetAt = null)
    {
        var tuner = new RelayAutotuner(settings);
        double duty = 0.0;
        double maxWater = bath.WaterCelsius;
        for (int tick = 0; tick < 100_000 && tuner.State is AutotuneState.Approaching or AutotuneState.Relaying; tick++)
        {
            bath.Step(Dt, duty);
            maxWater = Math.Max(maxWater, bath.WaterCelsius);
            double measured = measureOverride?.Invoke(tick, bath.Measure()) ?? bath.Measure();
            duty = tuner.Update(Dt, measured, targetAt?.Invoke(tick) ?? Target);
        }

        return (tuner, maxWater, duty);
    }

    [Fact]
    public void Identifies_the_integrating_gain_and_holding_duty_of_a_lagged_bath()
    {
        var bath = new LaggedBathFake { QuantumCelsius = 0.03 }.Start(22.0);

        var (tuner, maxWater, duty) = RunOnFake(bath, new RelayAutotuneSettings());
        var r = tuner.Result;

        Assert.Equal(AutotuneState.Completed, tuner.State);
        Assert.True(r.Complete);
        Assert.True(r.PlantGainFromRamp);
        Assert.Equal(0.0, duty);
        Assert.Equal(3, r.CyclesMeasured);
        // K = P / C = 150 W / 18 kJ/K per unit duty; holding duty = UA·(37 − 22) / P = 0.15.
        Assert.InRange(r.PlantGainCelsiusPerSecondPerDuty / bath.IntegratingGain, 0.95, 1.05);
        Assert.InRange(r.HoldingDutyCycle, 0.15 * 0.95, 0.15 * 1.05);
        // Apparent dead time of a 25 s heater lag and a 5 s sensor lag: at least the element's
        // half-power time (25 s · ln 2) and at most the sum of both time constants.
        Assert.InRange(r.DeadTimeSeconds, 25.0 * Math.Log(2.0), 25.0 + 5.0);
        Assert.True(r.AmplitudeCelsius > 0.05, "the oscillation must exceed the hysteresis");
        Assert.Equal(4.0 * 0.5 * (r.RelayHighDutyCycle - r.RelayLowDutyCycle) / (Math.PI * r.AmplitudeCelsius),
            r.UltimateGainDutyPerCelsius, 1e-9);
        Assert.InRange(maxWater, Target, Target + 0.5);
    }

    [Fact]
    public void Biases_the_relay_around_the_holding_duty_after_the_first_cycle()
    {
        var bath = new LaggedBathFake().Start(22.0);

        var r = RunOnFake(bath, new RelayAutotuneSettings()).Tuner.Result;

        // 0.15 ± 0.15, from the first (0 ↔ 1) cycle's mean duty.
        Assert.Equal(0.0, r.RelayLowDutyCycle, 0.02);
        Assert.Equal(0.30, r.RelayHighDutyCycle, 0.02);
    }

    [Fact]
    public void Recommended_gains_follow_the_tuning_rule_on_the_identified_model()
    {
        var bath = new LaggedBathFake().Start(22.0);
        var r = RunOnFake(bath, new RelayAutotuneSettings()).Tuner.Result;

        var gains = r.ToPidGains(1.0)!;

        double k = r.PlantGainCelsiusPerSecondPerDuty;
        double l = r.DeadTimeSeconds;
        Assert.Equal(1.0 / (k * 2.0 * l), gains.ProportionalDutyPerCelsius, 1e-9);         // SIMC, τc = L
        Assert.Equal(gains.ProportionalDutyPerCelsius / (8.0 * l), gains.IntegralDutyPerCelsiusSecond, 1e-9);
        Assert.Equal(gains.ProportionalDutyPerCelsius * l, gains.DerivativeDutySecondsPerCelsius, 1e-9);
        Assert.Equal(r.HoldingDutyCycle, gains.HoldingDutyCycle, 1e-12);
        Assert.Equal(PidGainsCheck.Valid, gains.Validate());
    }

    [Fact]
    public void Without_a_long_approach_the_gain_comes_from_the_describing_function()
    {
        var bath = new LaggedBathFake().Start(36.0);

        var (tuner, _, _) = RunOnFake(bath, new RelayAutotuneSettings());

        Assert.Equal(AutotuneState.Completed, tuner.State);
        Assert.False(tuner.Result.PlantGainFromRamp);
        // First-harmonic approximation of a rounded triangle wave: within 30 % of P/C.
        Assert.InRange(tuner.Result.PlantGainCelsiusPerSecondPerDuty / bath.IntegratingGain, 0.7, 1.3);
    }

    [Fact]
    public void Times_out_with_heater_off_when_the_bath_cannot_reach_the_target()
    {
        var bath = new LaggedBathFake { HeaterPowerWatts = 10.0 }.Start(22.0); // 10 W holds only ≈ 28.7 °C

        var (tuner, _, duty) = RunOnFake(bath, new RelayAutotuneSettings(1.0, 0.05, 3, 1800.0, 38.5));

        Assert.Equal(AutotuneState.Aborted, tuner.State);
        Assert.Equal(AutotuneAbortReason.Timeout, tuner.AbortReason);
        Assert.Equal(0.0, duty);
        Assert.InRange(tuner.ElapsedSeconds, 1800.0, 1800.0 + Dt);
        Assert.False(tuner.Result.Complete);
    }

    [Fact]
    public void Aborts_with_heater_off_above_the_temperature_bound()
    {
        var bath = new LaggedBathFake().Start(22.0);

        // The approach at full power overshoots by the heat stored in the element (≈ 0.1–0.2 °C).
        var (tuner, _, duty) = RunOnFake(bath, new RelayAutotuneSettings(1.0, 0.05, 3, 7200.0, 37.08));

        Assert.Equal(AutotuneState.Aborted, tuner.State);
        Assert.Equal(AutotuneAbortReason.OverTemperature, tuner.AbortReason);
        Assert.Equal(0.0, duty);
    }

    [Fact]
    public void Aborts_on_an_invalid_measurement()
    {
        var bath = new LaggedBathFake().Start(30.0);

        var (tuner, _, duty) = RunOnFake(bath, new RelayAutotuneSettings(),
            measureOverride: (tick, value) => tick == 100 ? double.NaN : value);

        Assert.Equal(AutotuneAbortReason.InvalidMeasurement, tuner.AbortReason);
        Assert.Equal(0.0, duty);
    }

    [Fact]
    public void Aborts_when_the_target_changes()
    {
        var bath = new LaggedBathFake().Start(30.0);

        var (tuner, _, duty) = RunOnFake(bath, new RelayAutotuneSettings(),
            targetAt: tick => tick < 50 ? 37.0 : 36.5);

        Assert.Equal(AutotuneAbortReason.TargetChanged, tuner.AbortReason);
        Assert.Equal(0.0, duty);
    }

    [Fact]
    public void Refuses_a_target_too_close_to_the_temperature_bound()
    {
        var tuner = new RelayAutotuner(new RelayAutotuneSettings(1.0, 0.05, 3, 7200.0, 38.5));

        Assert.Equal(0.0, tuner.Update(Dt, 30.0, 38.5));
        Assert.Equal(AutotuneAbortReason.TargetOutOfBounds, tuner.AbortReason);
    }

    [Fact]
    public void Cancel_stops_with_heater_off_and_stays_stopped()
    {
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        Assert.Equal(1.0, tuner.Update(Dt, 30.0, Target));

        tuner.Cancel();

        Assert.Equal(AutotuneState.Aborted, tuner.State);
        Assert.Equal(AutotuneAbortReason.Cancelled, tuner.AbortReason);
        Assert.Equal(0.0, tuner.Update(Dt, 30.0, Target));
    }

    [Fact]
    public void Invalid_elapsed_time_changes_nothing()
    {
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        tuner.Update(Dt, 30.0, Target);

        Assert.Equal(1.0, tuner.Update(double.NaN, 30.0, Target));
        Assert.Equal(1.0, tuner.Update(-1.0, 30.0, Target));
        Assert.Equal(Dt, tuner.ElapsedSeconds);
    }

    [Fact]
    public void Restart_forgets_an_abort()
    {
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        tuner.Cancel();

        tuner.Reset(30.0, Target, 0.0);

        Assert.Equal(AutotuneState.Approaching, tuner.State);
        Assert.Equal(AutotuneAbortReason.None, tuner.AbortReason);
        Assert.Equal(1.0, tuner.Update(Dt, 30.0, Target));
    }

    [Theory]
    [InlineData(0.0, 0.05, 3, 7200.0, 38.5, "highDutyCycle")]
    [InlineData(1.0, 0.0, 3, 7200.0, 38.5, "hysteresisCelsius")]
    [InlineData(1.0, 0.05, 0, 7200.0, 38.5, "measuredCycles")]
    [InlineData(1.0, 0.05, 3, double.PositiveInfinity, 38.5, "maxDurationSeconds")]
    [InlineData(1.0, 0.05, 3, 7200.0, double.NaN, "maxTemperatureCelsius")]
    public void Nonsense_settings_are_refused_naming_the_setting(double high, double hysteresis, int cycles,
        double maxSeconds, double maxCelsius, string name)
    {
        var error = Assert.Throws<ArgumentException>(
            () => new RelayAutotuneSettings(high, hysteresis, cycles, maxSeconds, maxCelsius));

        Assert.Equal(name, error.ParamName);
    }
}
