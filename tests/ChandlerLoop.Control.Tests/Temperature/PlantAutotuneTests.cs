using ChandlerLoop.Control.Temperature;
using ChandlerLoop.ControlScenarios;
using ChandlerLoop.Plant;

namespace ChandlerLoop.Control.Tests.Temperature;

/// <summary>The relay autotune on the real plant model (RigPlant, default physics, noisy RTD).</summary>
public class PlantAutotuneTests
{
    private static readonly ControlScenario Scenario = new(ControlScenarioOptions.Short);

    [Fact]
    public void Identifies_the_plant_within_tolerance_and_stays_well_below_the_limit()
    {
        var p = PlantParameters.Default;

        var outcome = Scenario.Autotune(new RelayAutotuneSettings());

        Assert.True(outcome.Completed, $"{outcome.Tuner.State} {outcome.Tuner.AbortReason}");
        var r = outcome.Result;
        // K = P / C_bath (heater power over water + vessel heat capacity), per unit duty.
        double expectedGain = p.HeaterPowerWatts / p.BathHeatCapacityJoulesPerKelvin;
        Assert.InRange(r.PlantGainCelsiusPerSecondPerDuty / expectedGain, 0.95, 1.05);
        // Holding duty = UA·(37 − 22) / P.
        double expectedHold = p.AmbientLossWattsPerKelvin * (37.0 - p.AmbientTemperatureCelsius) / p.HeaterPowerWatts;
        Assert.InRange(r.HoldingDutyCycle / expectedHold, 0.93, 1.07);
        // Heater element lag C_h/G_still plus the RTD lag bound the apparent dead time.
        double elementSeconds = p.HeaterElementHeatCapacityJoulesPerKelvin / p.HeaterToWaterConductanceStillWattsPerKelvin;
        Assert.InRange(r.DeadTimeSeconds, elementSeconds * Math.Log(2.0), elementSeconds + p.ControlSensorTimeConstantSeconds);
        Assert.True(outcome.MaxBathCelsius < 37.5, $"autotune reached {outcome.MaxBathCelsius:F3} °C");
        Assert.True(r.DurationSeconds < 7200.0);
    }

    [Fact]
    public void Heater_failure_times_out_with_heater_off()
    {
        var outcome = Scenario.Autotune(new RelayAutotuneSettings(1.0, 0.05, 3, 900.0, 38.5),
            plant => plant.InjectHeaterFailure(true));

        Assert.Equal(AutotuneState.Aborted, outcome.Tuner.State);
        Assert.Equal(AutotuneAbortReason.Timeout, outcome.Tuner.AbortReason);
        Assert.Equal(0.0, outcome.Tuner.OutputDutyCycle);
    }

    [Fact]
    public void Open_rtd_aborts_for_over_temperature_with_heater_off()
    {
        var outcome = Scenario.Autotune(new RelayAutotuneSettings(),
            plant => plant.InjectControlSensorFault(plant.TimeSeconds > 600 ? SensorFault.Open : SensorFault.None));

        Assert.Equal(AutotuneAbortReason.OverTemperature, outcome.Tuner.AbortReason);
        Assert.Equal(0.0, outcome.Tuner.OutputDutyCycle);
        Assert.InRange(outcome.SimulatedSeconds, 600.0, 601.0);
    }

    [Fact]
    public void Unresponsive_rtd_aborts_with_heater_off()
    {
        var outcome = Scenario.Autotune(new RelayAutotuneSettings(),
            plant => plant.InjectControlSensorFault(plant.TimeSeconds > 600 ? SensorFault.NoResponse : SensorFault.None));

        Assert.Equal(AutotuneAbortReason.InvalidMeasurement, outcome.Tuner.AbortReason);
        Assert.Equal(0.0, outcome.Tuner.OutputDutyCycle);
    }
}
