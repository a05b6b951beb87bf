namespace ChandlerLoop.Plant.Sensors;

/// <summary>
/// What every temperature probe in the bath shares: a sensing element that follows the bath with a
/// first-order lag, a fixed offset and white noise on each reading, and the injectable faults
/// (a stuck sensor repeats its last reading). Subclasses turn the element temperature into what
/// their chip's driver reports. Temperatures in °C, times in s.
/// </summary>
internal abstract class LaggedSensorModel
{
    private readonly double timeConstantSeconds;
    private readonly double noiseRmsCelsius;
    private readonly double offsetCelsius;
    private readonly GaussianNoiseSource noise;
    private bool hasLastReading;
    private double cachedStepSeconds = double.NaN;
    private double cachedSmoothingFactor;
    private double lastReadingCelsius;

    protected LaggedSensorModel(
        double timeConstantSeconds, double noiseRmsCelsius, double offsetCelsius, double initialCelsius, int seed)
    {
        this.timeConstantSeconds = timeConstantSeconds;
        this.noiseRmsCelsius = noiseRmsCelsius;
        this.offsetCelsius = offsetCelsius;
        noise = new GaussianNoiseSource(seed);
        ElementCelsius = initialCelsius;
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

    /// <summary>What the firmware driver reports now: a fresh conversion, the chip's reading for an
    /// open, shorted or silent sensor, or the last reading again while stuck.</summary>
    public double Read()
    {
        if (Fault == SensorFault.Stuck && hasLastReading)
        {
            return lastReadingCelsius;
        }

        if (Fault is SensorFault.Open or SensorFault.Short or SensorFault.NoResponse)
        {
            double faulted = ReadFaulted(Fault);
            if (!double.IsNaN(faulted))
            {
                lastReadingCelsius = faulted;
                hasLastReading = true;
            }

            return faulted;
        }

        lastReadingCelsius = Convert(ElementCelsius + offsetCelsius + (noiseRmsCelsius * noise.NextStandardNormal()));
        hasLastReading = true;
        return lastReadingCelsius;
    }

    /// <summary>Turns the measured element temperature (offset and noise applied) into the driver's reading.</summary>
    protected abstract double Convert(double measuredCelsius);

    /// <summary>The driver's reading for an open, shorted or unresponsive sensor (NaN: no reading).</summary>
    protected abstract double ReadFaulted(SensorFault fault);
}
