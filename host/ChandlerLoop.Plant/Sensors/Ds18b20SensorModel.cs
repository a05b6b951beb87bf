namespace ChandlerLoop.Plant.Sensors;

/// <summary>
/// The safety channel: a DS18B20 in a stainless probe (first-order lag to the bath), with a fixed
/// per-instance offset, white noise and quantisation to its resolution. Temperatures in °C, times in s.
/// </summary>
internal sealed class Ds18b20SensorModel
{
    /// <summary>Measurement range of the DS18B20 (datasheet): −55 °C to +125 °C.</summary>
    private const double MinimumCelsius = -55.0;
    private const double MaximumCelsius = 125.0;

    private readonly double timeConstantSeconds;
    private readonly double noiseRmsCelsius;
    private readonly double offsetCelsius;
    private readonly double resolutionCelsius;
    private readonly GaussianNoiseSource noise;
    private bool hasLastReading;
    private double cachedStepSeconds = double.NaN;
    private double cachedSmoothingFactor;
    private double lastReadingCelsius;

    public Ds18b20SensorModel(PlantParameters parameters, int seed)
    {
        timeConstantSeconds = parameters.SafetySensorTimeConstantSeconds;
        noiseRmsCelsius = parameters.SafetySensorNoiseRmsCelsius;
        offsetCelsius = parameters.SafetySensorOffsetCelsius;
        resolutionCelsius = parameters.SafetySensorResolutionCelsius;
        noise = new GaussianNoiseSource(seed);
        ElementCelsius = parameters.InitialTemperatureCelsius;
    }

    /// <summary>True temperature of the sensing element (the lagged bath temperature), in °C.</summary>
    public double ElementCelsius { get; set; }

    public SensorFault Fault { get; set; }

    /// <summary>
    /// Exact discrete-time smoothing factor 1 − e^(−h/τ) of the first-order lag for a step of length h
    /// (cached, because callers nearly always repeat the same step length).
    /// </summary>
    public double SmoothingFactor(double stepSeconds)
    {
        if (stepSeconds != cachedStepSeconds)
        {
            cachedStepSeconds = stepSeconds;
            cachedSmoothingFactor = 1.0 - Math.Exp(-stepSeconds / timeConstantSeconds);
        }

        return cachedSmoothingFactor;
    }

    /// <summary>Moves the element towards the bath temperature by one integration step.</summary>
    public void Track(double bathCelsius, double smoothingFactor) =>
        ElementCelsius += (bathCelsius - ElementCelsius) * smoothingFactor;

    /// <summary>What the firmware driver reports now (see <see cref="RigPlant.ReadSafetySensorCelsius"/>).</summary>
    public double Read()
    {
        switch (Fault)
        {
            case SensorFault.Open:
            case SensorFault.Short:
            case SensorFault.NoResponse:
                return double.NaN;
            case SensorFault.Stuck:
                if (!hasLastReading)
                {
                    lastReadingCelsius = Convert();
                    hasLastReading = true;
                }

                return lastReadingCelsius;
            default:
                lastReadingCelsius = Convert();
                hasLastReading = true;
                return lastReadingCelsius;
        }
    }

    private double Convert()
    {
        double measuredCelsius = ElementCelsius + offsetCelsius + (noiseRmsCelsius * noise.NextStandardNormal());
        double clamped = Math.Clamp(measuredCelsius, MinimumCelsius, MaximumCelsius);
        return Math.Round(clamped / resolutionCelsius, MidpointRounding.AwayFromZero) * resolutionCelsius;
    }
}
