using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests.Sensors;

public class SafetySensorTests
{
    [Fact]
    public void Step_response_reaches_63_percent_after_one_time_constant()
    {
        var plant = new RigPlant(SensorTestParameters.Quiet, noiseSeed: 1);
        plant.SetBathTemperatureCelsius(37.0);

        plant.Step(15.0, 0.0, 0.0);

        double expected = 22.0 + (15.0 * (1.0 - Math.Exp(-1.0)));
        Assert.Equal(expected, plant.SafetySensorElementTemperatureCelsius, 0.01);
        Assert.Equal(expected, plant.ReadSafetySensorCelsius(), (0.0625 / 2.0) + 0.01);
    }

    [Fact]
    public void Readings_are_whole_multiples_of_the_12_bit_resolution()
    {
        var plant = new RigPlant(PlantParameters.Default, noiseSeed: 5);
        for (int i = 0; i < 300; i++)
        {
            plant.Step(1.0, 1.0, 0.0);
            double reading = plant.ReadSafetySensorCelsius();
            Assert.Equal(Math.Round(reading * 16.0), reading * 16.0, 1e-9);
        }
    }

    [Fact]
    public void Fixed_offset_and_noise_rms_match_the_configuration()
    {
        var parameters = SensorTestParameters.Quiet with
        {
            InitialTemperatureCelsius = 37.0,
            AmbientTemperatureCelsius = 37.0,
            SafetySensorNoiseRmsCelsius = 0.2,
            SafetySensorOffsetCelsius = 0.4,
        };
        var plant = new RigPlant(parameters, noiseSeed: 11);

        var samples = new double[20000];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = plant.ReadSafetySensorCelsius();
        }

        double mean = samples.Average();
        double rms = Math.Sqrt(samples.Sum(s => (s - mean) * (s - mean)) / (samples.Length - 1));
        Assert.Equal(37.4, mean, 0.01);
        Assert.Equal(Math.Sqrt((0.2 * 0.2) + (0.0625 * 0.0625 / 12.0)), rms, 0.03 * 0.2);
    }

    [Fact]
    public void Default_instance_reads_a_tenth_of_a_degree_high()
    {
        var plant = new RigPlant(PlantParameters.Default with { InitialTemperatureCelsius = 37.0, AmbientTemperatureCelsius = 37.0 }, 2);
        double sum = 0.0;
        for (int i = 0; i < 2000; i++)
        {
            sum += plant.ReadSafetySensorCelsius();
        }

        // 37.1 lies between the 12-bit codes 37.0625 and 37.125; with 0.01 °C noise nearly all reads round to 37.125.
        Assert.InRange(sum / 2000.0, 37.0625, 37.125);
    }

    [Theory]
    [InlineData(SensorFault.Open)]
    [InlineData(SensorFault.Short)]
    [InlineData(SensorFault.NoResponse)]
    public void Disconnected_shorted_or_silent_sensor_gives_no_reading(SensorFault fault)
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        plant.InjectSafetySensorFault(fault);

        Assert.True(double.IsNaN(plant.ReadSafetySensorCelsius()));
        Assert.Equal(fault, plant.SafetySensorFault);
    }

    [Fact]
    public void Stuck_sensor_repeats_the_last_reading_while_the_bath_heats()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        plant.Step(10.0, 0.0, 0.0);
        double lastGood = plant.ReadSafetySensorCelsius();
        plant.InjectSafetySensorFault(SensorFault.Stuck);

        plant.Step(600.0, 1.0, 0.0);

        Assert.Equal(lastGood, plant.ReadSafetySensorCelsius());
        plant.InjectSafetySensorFault(SensorFault.None);
        Assert.True(plant.ReadSafetySensorCelsius() > lastGood + 3.0);
    }

    [Fact]
    public void Stuck_before_any_reading_freezes_the_first_reading()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        plant.InjectSafetySensorFault(SensorFault.Stuck);
        double first = plant.ReadSafetySensorCelsius();

        plant.Step(600.0, 1.0, 0.0);

        Assert.Equal(22.1, first, 0.0625);
        Assert.Equal(first, plant.ReadSafetySensorCelsius());
    }
}
