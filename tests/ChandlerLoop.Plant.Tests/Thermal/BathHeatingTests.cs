using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests.Thermal;

public class BathHeatingTests
{
    // Default bath: 4.0 kg × 4180 J/(kg·K) + 1950 J/K vessel = 18,670 J/K; element 100 J/K; U·A 1.5 W/K.
    private const double BathJoulesPerKelvin = (4.0 * 4180.0) + 1950.0;
    private const double ElementJoulesPerKelvin = 100.0;
    private const double LossWattsPerKelvin = 1.5;

    [Fact]
    public void Full_power_heats_the_bath_at_heater_power_over_heat_capacity_once_the_element_has_warmed()
    {
        var plant = new RigPlant(PlantParameters.Default, noiseSeed: 1);

        plant.Step(200.0, 1.0, 0.0); // still water: element time constant 100/4 = 25 s, 8 of them
        double startCelsius = plant.BathTemperatureCelsius;
        plant.Step(200.0, 1.0, 0.0);
        double endCelsius = plant.BathTemperatureCelsius;

        double meanExcessCelsius = ((startCelsius + endCelsius) / 2.0) - 22.0;
        // Once the element is in quasi-steady state it warms with the bath, so both heat capacities count.
        double expectedSlope = (150.0 - (LossWattsPerKelvin * meanExcessCelsius)) / (BathJoulesPerKelvin + ElementJoulesPerKelvin);
        double measuredSlope = (endCelsius - startCelsius) / 200.0;
        Assert.InRange(measuredSlope, expectedSlope * 0.995, expectedSlope * 1.005);
        Assert.InRange(measuredSlope * 60.0, 0.46, 0.49); // ≈ 0.48 °C/min, the figure the safety rule relies on
    }

    [Fact]
    public void Heater_lag_delays_the_bath_by_the_element_time_constant()
    {
        // For a first-order element (τ = C_h/G) feeding a large bath, the bath rise under constant power is
        // (P/(C_b + C_h))·(t − τ·(1 − e^(−t/τ))): energy P·t = C_b·ΔT_b + C_h·ΔT_h with ΔT_h − ΔT_b → P/G.
        var plant = new RigPlant(PlantParameters.Default with { AmbientLossWattsPerKelvin = 1e-9 }, noiseSeed: 1);
        plant.Step(250.0, 1.0, 0.0);

        double tau = ElementJoulesPerKelvin / 4.0;
        double expectedRise = 150.0 / (BathJoulesPerKelvin + ElementJoulesPerKelvin) * (250.0 - (tau * (1.0 - Math.Exp(-250.0 / tau))));
        Assert.Equal(expectedRise, plant.BathTemperatureCelsius - 22.0, 0.002 * expectedRise);
    }

    [Fact]
    public void Constant_duty_settles_at_ambient_plus_power_over_loss_conductance()
    {
        var plant = new RigPlant(PlantParameters.Default, noiseSeed: 1);

        // Bath time constant (C_b + C_h)/UA ≈ 12,000 s; 40 h is 12 time constants.
        plant.Step(40.0 * 3600.0, 0.15, 0.0);

        double expectedCelsius = 22.0 + (150.0 * 0.15 / LossWattsPerKelvin); // 37.0 °C at 15 % duty
        Assert.Equal(expectedCelsius, plant.BathTemperatureCelsius, 0.01);
    }

    [Fact]
    public void With_the_heater_off_the_bath_cools_towards_ambient_with_time_constant_heat_capacity_over_loss()
    {
        var plant = new RigPlant(PlantParameters.Default with { InitialTemperatureCelsius = 37.0 }, noiseSeed: 1);
        double tauSeconds = (BathJoulesPerKelvin + ElementJoulesPerKelvin) / LossWattsPerKelvin;

        plant.Step(tauSeconds, 0.0, 0.0);

        Assert.Equal(15.0 / Math.E, plant.BathTemperatureCelsius - 22.0, 0.01);
    }

    [Fact]
    public void Delivered_energy_is_the_integral_of_power_times_duty()
    {
        var plant = new RigPlant(PlantParameters.Default, noiseSeed: 1);
        double[] duties = { 0.0, 0.25, 1.0, 0.6, 1.7, -0.2, 0.05 };
        double expectedJoules = 0.0;
        for (int i = 0; i < 70; i++)
        {
            double duty = duties[i % duties.Length];
            double seconds = 0.3 + (i % 5);
            plant.Step(seconds, duty, 0.0);
            expectedJoules += 150.0 * Math.Clamp(duty, 0.0, 1.0) * seconds;
        }

        Assert.Equal(expectedJoules, plant.HeaterEnergyJoules, 1e-6 * expectedJoules);
    }

    [Fact]
    public void Heater_energy_is_conserved_as_stored_heat_when_losses_are_negligible()
    {
        var plant = new RigPlant(PlantParameters.Default with { AmbientLossWattsPerKelvin = 1e-9 }, noiseSeed: 1);
        plant.Step(900.0, 0.8, 4800.0);

        double storedJoules = (BathJoulesPerKelvin * (plant.BathTemperatureCelsius - 22.0))
            + (ElementJoulesPerKelvin * (plant.HeaterElementTemperatureCelsius - 22.0));
        Assert.Equal(plant.HeaterEnergyJoules, storedJoules, 1e-6 * plant.HeaterEnergyJoules);
    }

    [Fact]
    public void Stirring_by_the_drum_lowers_the_element_overtemperature_to_power_over_stirred_conductance()
    {
        var still = new RigPlant(PlantParameters.Default with { DrumSpeedJumpLimitRpm = double.PositiveInfinity }, 1);
        var stirred = new RigPlant(PlantParameters.Default with { DrumSpeedJumpLimitRpm = double.PositiveInfinity }, 1);

        double stillSlope = HeatFor300SecondsAndMeasureSlope(still, 0.0);
        double stirredSlope = HeatFor300SecondsAndMeasureSlope(stirred, 4800.0); // 30 rpm ≥ 20 rpm full stirring

        // In quasi-steady heating the element passes P − C_h·dT/dt through G, so its excess is (P − C_h·Ṫ)/G.
        Assert.Equal((150.0 - (ElementJoulesPerKelvin * stillSlope)) / 4.0,
            still.HeaterElementTemperatureCelsius - still.BathTemperatureCelsius, 0.02);
        Assert.Equal((150.0 - (ElementJoulesPerKelvin * stirredSlope)) / 8.0,
            stirred.HeaterElementTemperatureCelsius - stirred.BathTemperatureCelsius, 0.02);
    }

    private static double HeatFor300SecondsAndMeasureSlope(RigPlant plant, double stepFrequencyHz)
    {
        plant.Step(290.0, 1.0, stepFrequencyHz);
        double before = plant.BathTemperatureCelsius;
        plant.Step(10.0, 1.0, stepFrequencyHz);
        return (plant.BathTemperatureCelsius - before) / 10.0;
    }
}
