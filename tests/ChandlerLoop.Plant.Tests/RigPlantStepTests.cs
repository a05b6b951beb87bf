using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests;

public class RigPlantStepTests
{
    [Fact]
    public void One_long_step_matches_many_short_steps()
    {
        var coarse = new RigPlant(PlantParameters.Default, 1);
        var fine = new RigPlant(PlantParameters.Default, 1);
        coarse.LoadLoops(6, 7.0, 22.0);
        fine.LoadLoops(6, 7.0, 22.0);

        coarse.Step(10.0, 0.7, 1000.0);
        for (int i = 0; i < 100; i++)
        {
            fine.Step(0.1, 0.7, 1000.0);
        }

        Assert.Equal(fine.TimeSeconds, coarse.TimeSeconds, 1e-9);
        Assert.Equal(fine.BathTemperatureCelsius, coarse.BathTemperatureCelsius, 1e-6);
        Assert.Equal(fine.HeaterElementTemperatureCelsius, coarse.HeaterElementTemperatureCelsius, 1e-6);
        Assert.Equal(fine.LoopTemperatureCelsius, coarse.LoopTemperatureCelsius, 1e-6);
        Assert.Equal(fine.ControlSensorElementTemperatureCelsius, coarse.ControlSensorElementTemperatureCelsius, 1e-6);
        Assert.Equal(fine.HeaterEnergyJoules, coarse.HeaterEnergyJoules, 1e-6);
        Assert.Equal(fine.DrumRevolutions, coarse.DrumRevolutions, 1e-9);
    }

    [Fact]
    public void Results_do_not_depend_on_how_time_is_sliced()
    {
        // Irregular slices give different sub-step lengths; explicit Euler at ≤ 0.05 s must still agree closely.
        var regular = new RigPlant(PlantParameters.Default, 1);
        var irregular = new RigPlant(PlantParameters.Default, 1);
        regular.Step(300.0, 1.0, 0.0);
        double[] slices = { 0.013, 0.7, 2.9, 0.049, 11.0 };
        double elapsed = 0.0;
        for (int i = 0; elapsed < 300.0 - 1e-9; i++)
        {
            double slice = Math.Min(slices[i % slices.Length], 300.0 - elapsed);
            irregular.Step(slice, 1.0, 0.0);
            elapsed += slice;
        }

        Assert.Equal(regular.BathTemperatureCelsius, irregular.BathTemperatureCelsius, 1e-4);
        Assert.Equal(regular.HeaterElementTemperatureCelsius, irregular.HeaterElementTemperatureCelsius, 1e-3);
    }

    [Fact]
    public void Same_seed_gives_the_same_trace_and_another_seed_does_not()
    {
        double[] first = Trace(seed: 42);
        double[] again = Trace(seed: 42);
        double[] other = Trace(seed: 43);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Reading_one_sensor_does_not_change_the_noise_of_the_other()
    {
        var parameters = PlantParameters.Default with { SafetySensorNoiseRmsCelsius = 0.3 };
        var plain = new RigPlant(parameters, 9);
        var busy = new RigPlant(parameters, 9);
        for (int i = 0; i < 100; i++)
        {
            busy.ReadControlSensorCelsius();
            busy.ReadControlSensorCelsius();
            Assert.Equal(plain.ReadSafetySensorCelsius(), busy.ReadSafetySensorCelsius());
        }
    }

    [Fact]
    public void Stepping_and_reading_allocate_nothing()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        plant.LoadLoops(6, 7.0, 22.0);
        plant.Step(0.5, 0.5, 1000.0);
        plant.ReadControlSensorCelsius();
        plant.ReadSafetySensorCelsius();

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20000; i++)
        {
            plant.Step(0.5, (i % 10) / 10.0, 1000.0 + (i % 3));
            plant.ReadControlSensorCelsius();
            plant.ReadSafetySensorCelsius();
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_positive_or_non_finite_elapsed_time_is_refused(double seconds)
    {
        var plant = new RigPlant(PlantParameters.Default, 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => plant.Step(seconds, 0.0, 0.0));

        Assert.Equal("elapsedSeconds", error.ParamName);
    }

    [Fact]
    public void Not_a_number_duty_is_refused_rather_than_read_as_off()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => plant.Step(1.0, double.NaN, 0.0));

        Assert.Equal("heaterDuty", error.ParamName);
    }

    private static double[] Trace(int seed)
    {
        var plant = new RigPlant(PlantParameters.Default, seed);
        var trace = new double[400];
        for (int i = 0; i < 200; i++)
        {
            plant.Step(0.5, 1.0, 0.0);
            trace[2 * i] = plant.ReadControlSensorCelsius();
            trace[(2 * i) + 1] = plant.ReadSafetySensorCelsius();
        }

        return trace;
    }
}
