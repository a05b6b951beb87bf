using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests.Sensors;

public class ControlSensorTests
{
    [Fact]
    public void Step_response_reaches_63_percent_after_one_time_constant_and_95_percent_after_three()
    {
        var plant = new RigPlant(SensorTestParameters.Quiet, noiseSeed: 1);
        plant.SetBathTemperatureCelsius(37.0);

        plant.Step(5.0, 0.0, 0.0);
        Assert.Equal(22.0 + (15.0 * (1.0 - Math.Exp(-1.0))), plant.ControlSensorElementTemperatureCelsius, 0.01);
        Assert.Equal(plant.ControlSensorElementTemperatureCelsius, plant.ReadControlSensorCelsius(), 0.02); // ½ ADC step

        plant.Step(10.0, 0.0, 0.0);
        Assert.Equal(22.0 + (15.0 * (1.0 - Math.Exp(-3.0))), plant.ControlSensorElementTemperatureCelsius, 0.01);
    }

    [Fact]
    public void Readings_fall_on_whole_15_bit_adc_codes_about_0_034_celsius_apart()
    {
        var plant = new RigPlant(SensorTestParameters.Quiet, noiseSeed: 1);
        var readings = new SortedSet<double>();
        for (int i = 0; i < 400; i++)
        {
            plant.Step(1.0, 1.0, 0.0); // slow ramp through 22…25 °C
            readings.Add(plant.ReadControlSensorCelsius());
        }

        foreach (double reading in readings)
        {
            double code = SensorTestParameters.Pt100Ohms(reading) / 430.0 * 32768.0;
            Assert.Equal(Math.Round(code), code, 1e-6);
        }

        // One code is 430 Ω / 32768 = 0.013123 Ω; dR/dT = 100 Ω × (A + 2·B·t) ≈ 0.3881 Ω/°C at 23.5 °C.
        double expectedStepCelsius = (430.0 / 32768.0) / (100.0 * (3.9083e-3 - (2.0 * 5.775e-7 * 23.5)));
        double[] ordered = readings.ToArray();
        Assert.True(ordered.Length > 50, "the ramp must cross many ADC codes");
        for (int i = 1; i < ordered.Length; i++)
        {
            Assert.Equal(expectedStepCelsius, ordered[i] - ordered[i - 1], 0.0005);
        }
    }

    [Fact]
    public void Noise_rms_matches_the_configured_value_combined_with_quantisation()
    {
        var parameters = SensorTestParameters.Quiet with
        {
            InitialTemperatureCelsius = 37.0,
            AmbientTemperatureCelsius = 37.0,
            ControlSensorNoiseRmsCelsius = 0.05,
            ControlSensorOffsetCelsius = 0.2,
        };
        var plant = new RigPlant(parameters, noiseSeed: 7);

        var samples = new double[20000];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = plant.ReadControlSensorCelsius();
        }

        double mean = samples.Average();
        double rms = Math.Sqrt(samples.Sum(s => (s - mean) * (s - mean)) / (samples.Length - 1));
        double step = 0.034; // ADC step near 37 °C; uniform quantisation adds step²/12 of variance
        Assert.Equal(37.2, mean, 0.003);
        Assert.Equal(Math.Sqrt((0.05 * 0.05) + (step * step / 12.0)), rms, 0.03 * 0.05);
    }

    [Fact]
    public void Default_noise_keeps_readings_within_a_few_adc_steps_of_the_truth()
    {
        var plant = new RigPlant(PlantParameters.Default with { InitialTemperatureCelsius = 37.0, AmbientTemperatureCelsius = 37.0 }, 3);
        for (int i = 0; i < 5000; i++)
        {
            Assert.Equal(37.0, plant.ReadControlSensorCelsius(), 0.06);
        }
    }

    [Fact]
    public void Open_rtd_reads_adc_full_scale_far_above_any_bath_temperature()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        plant.InjectControlSensorFault(SensorFault.Open);

        double reading = plant.ReadControlSensorCelsius();

        Assert.True(reading > 800.0, $"open RTD read {reading} °C");
        Assert.Equal(32767.0 / 32768.0 * 430.0, SensorTestParameters.Pt100Ohms(reading), 1e-6);
    }

    [Fact]
    public void Shorted_rtd_reads_code_zero_far_below_any_bath_temperature()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        plant.InjectControlSensorFault(SensorFault.Short);

        double reading = plant.ReadControlSensorCelsius();

        // 0 Ω on the IEC 60751 curve (with the C term below 0 °C) is about −242 °C.
        Assert.InRange(reading, -243.0, -241.0);
    }

    [Fact]
    public void Unresponsive_converter_reads_not_a_number()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        plant.InjectControlSensorFault(SensorFault.NoResponse);

        Assert.True(double.IsNaN(plant.ReadControlSensorCelsius()));
    }

    [Fact]
    public void Stuck_sensor_repeats_the_last_reading_while_the_bath_heats_and_recovers_when_cleared()
    {
        var plant = new RigPlant(SensorTestParameters.Quiet, 1);
        double lastGood = plant.ReadControlSensorCelsius();
        plant.InjectControlSensorFault(SensorFault.Stuck);

        plant.Step(600.0, 1.0, 0.0);

        Assert.Equal(lastGood, plant.ReadControlSensorCelsius());
        Assert.Equal(SensorFault.Stuck, plant.ControlSensorFault);
        plant.InjectControlSensorFault(SensorFault.None);
        Assert.Equal(plant.ControlSensorElementTemperatureCelsius, plant.ReadControlSensorCelsius(), 0.02);
        Assert.True(plant.ReadControlSensorCelsius() > lastGood + 3.0);
    }

    [Fact]
    public void Offset_shifts_every_reading()
    {
        var plant = new RigPlant(SensorTestParameters.Quiet with { ControlSensorOffsetCelsius = -0.5 }, 1);

        Assert.Equal(21.5, plant.ReadControlSensorCelsius(), 0.02);
    }
}
