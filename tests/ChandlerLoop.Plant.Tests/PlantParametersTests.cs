using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests;

public class PlantParametersTests
{
    [Fact]
    public void Defaults_are_valid_and_match_the_documented_rig()
    {
        PlantParameters defaults = PlantParameters.Default;

        defaults.Validate();
        Assert.Equal(22.0, defaults.InitialTemperatureCelsius);
        Assert.Equal((4.0 * 4180.0) + 1950.0, defaults.BathHeatCapacityJoulesPerKelvin, 1e-9);
        Assert.Equal(12.16, defaults.LoopInternalVolumeMillilitres, 0.01); // π·3.15²·390 mm³ (DOMAIN.md: 12.2 mL)
        Assert.Equal(9600.0, defaults.StepPulsesPerDrumRevolution);

        // Holding 37 °C in a 22 °C room must need 10–25 % of the heater (insulated bath with lid).
        double holdingDuty = defaults.AmbientLossWattsPerKelvin * 15.0 / defaults.HeaterPowerWatts;
        Assert.InRange(holdingDuty, 0.10, 0.25);
    }

    public static TheoryData<PlantParameters, string> Nonsense => new()
    {
        { PlantParameters.Default with { WaterMassKilograms = -4.0 }, nameof(PlantParameters.WaterMassKilograms) },
        { PlantParameters.Default with { WaterMassKilograms = double.NaN }, nameof(PlantParameters.WaterMassKilograms) },
        { PlantParameters.Default with { HeaterPowerWatts = double.NaN }, nameof(PlantParameters.HeaterPowerWatts) },
        { PlantParameters.Default with { AmbientLossWattsPerKelvin = 0.0 }, nameof(PlantParameters.AmbientLossWattsPerKelvin) },
        { PlantParameters.Default with { InitialTemperatureCelsius = double.PositiveInfinity }, nameof(PlantParameters.InitialTemperatureCelsius) },
        { PlantParameters.Default with { ThermalCutoutResetCelsius = 46.0 }, nameof(PlantParameters.ThermalCutoutResetCelsius) },
        { PlantParameters.Default with { TubingOuterDiameterMillimetres = 6.0 }, nameof(PlantParameters.TubingOuterDiameterMillimetres) },
        { PlantParameters.Default with { ControlSensorTimeConstantSeconds = 0.0 }, nameof(PlantParameters.ControlSensorTimeConstantSeconds) },
        { PlantParameters.Default with { SafetySensorNoiseRmsCelsius = -0.1 }, nameof(PlantParameters.SafetySensorNoiseRmsCelsius) },
        { PlantParameters.Default with { RtdReferenceResistorOhms = 100.0 }, nameof(PlantParameters.RtdReferenceResistorOhms) },
        { PlantParameters.Default with { Microsteps = 0 }, nameof(PlantParameters.Microsteps) },
        { PlantParameters.Default with { DrumMagnets = -2 }, nameof(PlantParameters.DrumMagnets) },
        { PlantParameters.Default with { GearRatio = double.NaN }, nameof(PlantParameters.GearRatio) },
        { PlantParameters.Default with { DrumSpeedJumpLimitRpm = double.NaN }, nameof(PlantParameters.DrumSpeedJumpLimitRpm) },
        { PlantParameters.Default with { MaxSubStepSeconds = 5.0 }, nameof(PlantParameters.MaxSubStepSeconds) },
        { PlantParameters.Default with { HeaterElementHeatCapacityJoulesPerKelvin = 1.0 }, nameof(PlantParameters.MaxSubStepSeconds) },
    };

    [Theory]
    [MemberData(nameof(Nonsense))]
    public void Validate_rejects_nonsense_with_a_message_naming_the_parameter(PlantParameters parameters, string property)
    {
        var error = Assert.Throws<ArgumentException>(parameters.Validate);

        Assert.Equal(property, error.ParamName);
        Assert.Contains(property, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plant_refuses_invalid_parameters_at_construction()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new RigPlant(PlantParameters.Default with { WaterMassKilograms = 0.0 }, 1));

        Assert.Contains("WaterMassKilograms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infinite_limits_disable_the_cutout_and_the_motor_limits()
    {
        var parameters = PlantParameters.Default with
        {
            ThermalCutoutOpenCelsius = double.PositiveInfinity,
            MaxDrumSpeedRpm = double.PositiveInfinity,
            DrumSpeedJumpLimitRpm = double.PositiveInfinity,
        };

        parameters.Validate();
    }
}
