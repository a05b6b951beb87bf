using ChandlerLoop.Control.Temperature;
using ChandlerLoop.ControlScenarios;
using ChandlerLoop.Plant;

namespace ChandlerLoop.Control.Tests.Temperature;

/// <summary>Autotune once on the plant, shared by the scenario tests of this class.</summary>
public sealed class AutotunedGainsFixture
{
    public AutotunedGainsFixture()
    {
        var outcome = new ControlScenario(ControlScenarioOptions.Short).Autotune(new RelayAutotuneSettings());
        Result = outcome.Result;
        Gains = outcome.Result.ToPidGains(1.0);
    }

    public AutotuneResult Result { get; }

    public PidGains? Gains { get; }
}

/// <summary>Our autotuned PID driving the plant: heat-up 22 → 37.0 °C, hold, loading of 6 × 7 mL of
/// blood at 22 °C; every figure on the TRUE bath temperature.</summary>
public class PlantScenarioTests : IClassFixture<AutotunedGainsFixture>
{
    private readonly AutotunedGainsFixture fixture;

    public PlantScenarioTests(AutotunedGainsFixture fixture) => this.fixture = fixture;

    private ControlRunResult RunOurs(ControlScenarioOptions options)
    {
        Assert.NotNull(fixture.Gains);
        return new ControlScenario(options).Run("ours", new PidController(fixture.Gains!));
    }

    [Fact]
    public void Heats_up_without_overshoot_close_to_the_physical_limit()
    {
        var scenario = new ControlScenario(ControlScenarioOptions.Short);

        var ours = RunOurs(ControlScenarioOptions.Short);
        var limit = scenario.RunPhysicalLimit();

        Assert.True(ours.Settled);
        Assert.True(ours.OvershootCelsius <= 0.10, $"overshoot {ours.OvershootCelsius:F3} °C");
        Assert.True(ours.SettleSeconds / limit.SettleSeconds <= 1.25,
            $"settled at {ours.SettleSeconds} s, limit {limit.SettleSeconds} s");
        Assert.False(ours.OverTemperatureTripped);
    }

    [Fact]
    public void Holds_within_the_band_with_low_rms()
    {
        var ours = RunOurs(ControlScenarioOptions.Short);

        // Settled before the hold window means the bath stayed within ±0.1 °C for all of it.
        Assert.True(ours.SettleSeconds < ControlScenarioOptions.Short.HeatUpSeconds);
        Assert.True(ours.HoldRmsCelsius <= 0.05, $"hold RMS {ours.HoldRmsCelsius:F4} °C");
    }

    [Fact]
    public void Recovers_after_loading_cold_blood()
    {
        var ours = RunOurs(ControlScenarioOptions.Short);

        // 6 × 7 mL blood + tubing at 22 °C take ≈ 0.2 °C worth of the bath's heat if mixed at once;
        // they warm with a 60 s time constant, so the controller can catch most of it.
        Assert.False(double.IsNaN(ours.RecoverySeconds), "did not recover into ±0.1 °C");
        Assert.True(ours.RecoverySeconds <= 300.0, $"recovery {ours.RecoverySeconds} s");
        Assert.True(ours.LoadingDipCelsius < 0.15, $"dip {ours.LoadingDipCelsius:F3} °C");
    }

    [Fact]
    public void Stays_without_overshoot_when_prewarming_with_the_drum_turning()
    {
        // Stirring halves the heater lag (gains were tuned with still water): robustness check.
        var ours = RunOurs(ControlScenarioOptions.Short with { PrewarmDrumSpeedRpm = 30.0 });

        Assert.True(ours.Settled);
        Assert.True(ours.OvershootCelsius <= 0.10, $"overshoot {ours.OvershootCelsius:F3} °C");
        Assert.True(ours.HoldRmsCelsius <= 0.05);
    }

    [Theory]
    [InlineData(18.0)]
    [InlineData(26.0)]
    public void Stays_without_overshoot_in_a_colder_or_warmer_room(double roomCelsius)
    {
        var options = ControlScenarioOptions.Short with
        {
            Plant = PlantParameters.Default with { AmbientTemperatureCelsius = roomCelsius, InitialTemperatureCelsius = roomCelsius },
            BloodCelsius = roomCelsius,
        };

        var ours = RunOurs(options);

        Assert.True(ours.Settled);
        Assert.True(ours.OvershootCelsius <= 0.10, $"overshoot {ours.OvershootCelsius:F3} °C");
        Assert.True(ours.MaxBathCelsius < 39.0);
    }

    [Fact]
    public void Our_pid_beats_the_textbook_ziegler_nichols_pid_on_overshoot()
    {
        var r = fixture.Result;
        var scenario = new ControlScenario(ControlScenarioOptions.Short);

        var ours = RunOurs(ControlScenarioOptions.Short);
        var textbook = scenario.Run("Z–N", new TextbookPidController(r.UltimateGainDutyPerCelsius, r.PeriodSeconds));

        Assert.True(textbook.OvershootCelsius > 0.5, "the windup baseline is expected to overshoot badly");
        Assert.True(ours.OvershootCelsius < textbook.OvershootCelsius);
    }
}
