using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests.Thermal;

public class LoopLoadingTests
{
    // Independent of the model: blood 7 mL × 1.06 g/mL × 3.6 J/(g·K); PVC wall π/4·(9.5² − 6.3²) mm² × 390 mm
    // × 1.25 g/cm³ × 1.4 J/(g·K).
    private static readonly double BloodJoulesPerKelvinPerLoop = 7.0 * 1.06 * 3.6;
    private static readonly double TubingJoulesPerKelvinPerLoop =
        Math.PI / 4.0 * ((9.5 * 9.5) - (6.3 * 6.3)) * 390.0 / 1000.0 * 1.25 * 1.4;

    // Bath 4.0 × 4180 + 1950 J/K plus the 100 J/K heater element, which stays coupled to the water.
    private const double BathAndElementJoulesPerKelvin = (4.0 * 4180.0) + 1950.0 + 100.0;

    private static readonly PlantParameters NoLossAt37 =
        PlantParameters.Default with { InitialTemperatureCelsius = 37.0, AmbientLossWattsPerKelvin = 1e-9 };

    [Fact]
    public void Loading_six_loops_of_room_temperature_blood_drops_the_bath_by_the_enthalpy_balance()
    {
        // A negligible room loss isolates the exchange between bath and loops.
        var plant = new RigPlant(NoLossAt37, 1);

        plant.LoadLoops(6, 7.0, 22.0);
        plant.Step(900.0, 0.0, 0.0); // 15 loop time constants

        double loopsJoulesPerKelvin = 6.0 * (BloodJoulesPerKelvinPerLoop + TubingJoulesPerKelvinPerLoop);
        double expectedCelsius = ((BathAndElementJoulesPerKelvin * 37.0) + (loopsJoulesPerKelvin * 22.0))
            / (BathAndElementJoulesPerKelvin + loopsJoulesPerKelvin);
        Assert.Equal(expectedCelsius, plant.BathTemperatureCelsius, 0.002);
        Assert.Equal(expectedCelsius, plant.LoopTemperatureCelsius, 0.002);
        Assert.InRange(37.0 - plant.BathTemperatureCelsius, 0.2, 0.3); // ≈ 0.25 °C for the default loops
        Assert.Equal(6, plant.LoadedLoopCount);
    }

    [Fact]
    public void Loops_warm_with_the_configured_time_constant_rather_than_instantly()
    {
        var plant = new RigPlant(NoLossAt37, 1);
        plant.LoadLoops(6, 7.0, 22.0);

        plant.Step(60.0, 0.0, 0.0);

        // The gap between bath and loops decays at G·(1/C_loops + 1/C_bath); with C_loops ≪ C_bath this is
        // 1/60 s × (1 + C_loops/C_bath).
        double loopsJoulesPerKelvin = 6.0 * (BloodJoulesPerKelvinPerLoop + TubingJoulesPerKelvinPerLoop);
        double rate = (1.0 / 60.0) * (1.0 + (loopsJoulesPerKelvin / ((4.0 * 4180.0) + 1950.0)));
        double expectedGap = 15.0 * Math.Exp(-rate * 60.0);
        Assert.Equal(expectedGap, plant.BathTemperatureCelsius - plant.LoopTemperatureCelsius, 0.05);
    }

    [Fact]
    public void Loading_in_two_batches_conserves_enthalpy_like_loading_at_once()
    {
        var once = new RigPlant(NoLossAt37, 1);
        var twice = new RigPlant(NoLossAt37, 1);

        once.LoadLoops(6, 7.0, 22.0);
        twice.LoadLoops(2, 7.0, 22.0);
        twice.LoadLoops(4, 7.0, 22.0);
        once.Step(900.0, 0.0, 0.0);
        twice.Step(900.0, 0.0, 0.0);

        Assert.Equal(once.BathTemperatureCelsius, twice.BathTemperatureCelsius, 1e-9);
        Assert.Equal(6, twice.LoadedLoopCount);
    }

    [Fact]
    public void Unloading_removes_the_loops()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        plant.LoadLoops(6, 7.0, 22.0);

        plant.UnloadLoops();

        Assert.Equal(0, plant.LoadedLoopCount);
        Assert.True(double.IsNaN(plant.LoopTemperatureCelsius));
    }

    [Theory]
    [InlineData(0, 7.0, 22.0, "loopCount")]
    [InlineData(6, 0.0, 22.0, "bloodMillilitresPerLoop")]
    [InlineData(6, 12.5, 22.0, "bloodMillilitresPerLoop")] // more than the 12.16 mL a loop holds
    [InlineData(6, double.NaN, 22.0, "bloodMillilitresPerLoop")]
    [InlineData(6, 7.0, double.NaN, "bloodTemperatureCelsius")]
    public void Impossible_loads_are_refused_naming_the_argument(int loops, double millilitres, double celsius, string argument)
    {
        var plant = new RigPlant(PlantParameters.Default, 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => plant.LoadLoops(loops, millilitres, celsius));

        Assert.Equal(argument, error.ParamName);
        Assert.Equal(0, plant.LoadedLoopCount);
    }
}
