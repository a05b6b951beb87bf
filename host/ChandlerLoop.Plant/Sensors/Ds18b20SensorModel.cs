namespace ChandlerLoop.Plant.Sensors;

/// <summary>
/// The safety channel: a DS18B20 in a stainless probe (first-order lag to the bath), with a fixed
/// per-instance offset, white noise and quantisation to its resolution. Temperatures in °C, times in s.
/// An open, shorted or silent DS18B20 gives no valid reading (NaN): the driver checks presence and CRC.
/// </summary>
internal sealed class Ds18b20SensorModel : LaggedSensorModel
{
    /// <summary>Measurement range of the DS18B20 (datasheet): −55 °C to +125 °C.</summary>
    private const double MinimumCelsius = -55.0;
    private const double MaximumCelsius = 125.0;

    private readonly double resolutionCelsius;

    public Ds18b20SensorModel(PlantParameters parameters, int seed)
        : base(parameters.SafetySensorTimeConstantSeconds, parameters.SafetySensorNoiseRmsCelsius,
            parameters.SafetySensorOffsetCelsius, parameters.InitialTemperatureCelsius, seed)
    {
        resolutionCelsius = parameters.SafetySensorResolutionCelsius;
    }

    protected override double Convert(double measuredCelsius)
    {
        double clamped = Math.Clamp(measuredCelsius, MinimumCelsius, MaximumCelsius);
        return Math.Round(clamped / resolutionCelsius, MidpointRounding.AwayFromZero) * resolutionCelsius;
    }

    protected override double ReadFaulted(SensorFault fault) => double.NaN;
}
