using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests.Thermal;

public class HeaterFaultAndLossTests
{
    [Fact]
    public void Failed_heater_neither_heats_nor_draws_energy_and_recovers_when_repaired()
    {
        var plant = new RigPlant(PlantParameters.Default, noiseSeed: 1);
        plant.InjectHeaterFailure(true);

        plant.Step(600.0, 1.0, 0.0);

        Assert.True(plant.IsHeaterFailed);
        Assert.Equal(22.0, plant.BathTemperatureCelsius, 1e-9);
        Assert.Equal(22.0, plant.HeaterElementTemperatureCelsius, 1e-9);
        Assert.Equal(0.0, plant.HeaterEnergyJoules);

        plant.InjectHeaterFailure(false);
        plant.Step(600.0, 1.0, 0.0);
        Assert.True(plant.BathTemperatureCelsius > 22.0 + 3.0, "a repaired heater must heat again (≈0.5 °C/min)");
    }

    [Fact]
    public void Automatic_reset_cutout_opens_at_its_limit_and_closes_after_cooling_to_its_reset_temperature()
    {
        var plant = new RigPlant(
            PlantParameters.Default with { InitialTemperatureCelsius = 41.0, ThermalCutoutManualReset = false },
            noiseSeed: 1);
        double maximumCelsius = 0.0;
        bool opened = false;
        for (int i = 0; i < 600 && !opened; i++)
        {
            plant.Step(1.0, 1.0, 0.0);
            maximumCelsius = Math.Max(maximumCelsius, plant.BathTemperatureCelsius);
            opened = plant.IsThermalCutoutOpen;
        }

        Assert.True(opened, "a full-power heater must drive the bath into the 42 °C cut-out");
        double energyAtOpening = plant.HeaterEnergyJoules;
        plant.Step(60.0, 1.0, 0.0);
        Assert.Equal(energyAtOpening, plant.HeaterEnergyJoules);

        // Losses are 1.5 W/K × ~20 K ≈ 30 W against ~18 kJ/K: 42 → 37 °C takes about 4000 s.
        double closedAtCelsius = double.NaN;
        for (int i = 0; i < 500 && double.IsNaN(closedAtCelsius); i++)
        {
            plant.Step(10.0, 1.0, 0.0);
            maximumCelsius = Math.Max(maximumCelsius, plant.BathTemperatureCelsius);
            closedAtCelsius = plant.IsThermalCutoutOpen ? double.NaN : plant.BathTemperatureCelsius;
        }

        Assert.InRange(closedAtCelsius, 36.9, 37.05);
        Assert.True(maximumCelsius < 42.1, "only the element's stored heat may follow the opening");
        plant.Step(60.0, 1.0, 0.0);
        Assert.True(plant.HeaterEnergyJoules > energyAtOpening, "a closed cut-out conducts again");
    }

    [Fact]
    public void Manual_reset_cutout_stays_open_until_reset_and_resets_only_once_the_bath_has_cooled()
    {
        var plant = new RigPlant(PlantParameters.Default with { InitialTemperatureCelsius = 41.5 }, noiseSeed: 1);
        for (int i = 0; i < 600 && !plant.IsThermalCutoutOpen; i++)
        {
            plant.Step(1.0, 1.0, 0.0);
        }

        Assert.True(plant.IsThermalCutoutOpen, "a full-power heater must drive the bath into the 42 °C cut-out");
        Assert.False(plant.ResetThermalCutout(), "a bimetal cannot be reset while still hot");

        // Cool well below the 37 °C reset point with the heater still commanded full on.
        plant.AmbientTemperatureCelsius = 5.0;
        double energyAtOpening = plant.HeaterEnergyJoules;
        for (int i = 0; i < 2000 && plant.BathTemperatureCelsius > 36.0; i++)
        {
            plant.Step(10.0, 1.0, 0.0);
        }

        Assert.True(plant.BathTemperatureCelsius <= 36.0);
        Assert.True(plant.IsThermalCutoutOpen, "a manual-reset cut-out must not re-close by itself");
        Assert.Equal(energyAtOpening, plant.HeaterEnergyJoules);

        Assert.True(plant.ResetThermalCutout());
        plant.Step(60.0, 1.0, 0.0);
        Assert.True(plant.HeaterEnergyJoules > energyAtOpening, "a reset cut-out conducts again");
    }

    [Fact]
    public void Opening_the_lid_adds_its_loss_conductance()
    {
        var closed = new RigPlant(PlantParameters.Default with { InitialTemperatureCelsius = 37.0 }, noiseSeed: 1);
        var open = new RigPlant(PlantParameters.Default with { InitialTemperatureCelsius = 37.0 }, noiseSeed: 1);
        open.LidOpen = true;

        closed.Step(60.0, 0.0, 0.0);
        open.Step(60.0, 0.0, 0.0);

        // Initial cooling rate is U·A·ΔT/C: 1.5 W/K closed, 1.5 + 1.5 W/K open, so the drop doubles.
        double closedDrop = 37.0 - closed.BathTemperatureCelsius;
        double openDrop = 37.0 - open.BathTemperatureCelsius;
        Assert.Equal(2.0, openDrop / closedDrop, 0.01);
    }

    [Fact]
    public void A_warmer_room_moves_the_steady_state_by_the_same_amount()
    {
        var plant = new RigPlant(PlantParameters.Default with { InitialTemperatureCelsius = 37.0 }, noiseSeed: 1);
        plant.AmbientTemperatureCelsius = 27.0;

        plant.Step(40.0 * 3600.0, 0.15, 0.0);

        Assert.Equal(27.0 + 15.0, plant.BathTemperatureCelsius, 0.01);
    }

    [Fact]
    public void Non_finite_ambient_temperature_is_refused()
    {
        var plant = new RigPlant(PlantParameters.Default, noiseSeed: 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => plant.AmbientTemperatureCelsius = double.NaN);
        Assert.Equal(22.0, plant.AmbientTemperatureCelsius);
    }
}
