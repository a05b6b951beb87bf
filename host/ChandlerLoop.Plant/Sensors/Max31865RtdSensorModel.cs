namespace ChandlerLoop.Plant.Sensors;

/// <summary>
/// The control channel: a PT100 probe (first-order lag to the bath) read by a MAX31865 15-bit ratiometric
/// ADC, converted back to °C the way the firmware driver does. Temperatures in °C, times in s.
/// </summary>
internal sealed class Max31865RtdSensorModel
{
    /// <summary>Full-scale ADC code: the MAX31865 RTD data register holds a 15-bit code.</summary>
    public const int FullScaleCode = 32767;

    private const double CodesPerUnitRatio = 32768.0;

    private readonly double timeConstantSeconds;
    private readonly double noiseRmsCelsius;
    private readonly double offsetCelsius;
    private readonly double nominalOhms;
    private readonly double referenceOhms;
    private readonly GaussianNoiseSource noise;
    private bool hasLastReading;
    private double cachedStepSeconds = double.NaN;
    private double cachedSmoothingFactor;
    private double lastReadingCelsius;

    public Max31865RtdSensorModel(PlantParameters parameters, int seed)
    {
        timeConstantSeconds = parameters.ControlSensorTimeConstantSeconds;
        noiseRmsCelsius = parameters.ControlSensorNoiseRmsCelsius;
        offsetCelsius = parameters.ControlSensorOffsetCelsius;
        nominalOhms = parameters.RtdNominalResistanceOhms;
        referenceOhms = parameters.RtdReferenceResistorOhms;
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

    /// <summary>What the firmware driver reports now (see <see cref="RigPlant.ReadControlSensorCelsius"/>).</summary>
    public double Read()
    {
        double reading;
        switch (Fault)
        {
            case SensorFault.Open:
                reading = CodeToCelsius(FullScaleCode);
                break;
            case SensorFault.Short:
                reading = CodeToCelsius(0);
                break;
            case SensorFault.NoResponse:
                return double.NaN;
            case SensorFault.Stuck:
                if (!hasLastReading)
                {
                    lastReadingCelsius = CodeToCelsius(ReadCode());
                    hasLastReading = true;
                }

                return lastReadingCelsius;
            default:
                reading = CodeToCelsius(ReadCode());
                break;
        }

        lastReadingCelsius = reading;
        hasLastReading = true;
        return reading;
    }

    private int ReadCode()
    {
        double measuredCelsius = ElementCelsius + offsetCelsius + (noiseRmsCelsius * noise.NextStandardNormal());
        double resistanceOhms = Pt100.ResistanceOhms(measuredCelsius, nominalOhms);
        double code = Math.Round(resistanceOhms / referenceOhms * CodesPerUnitRatio, MidpointRounding.AwayFromZero);
        return (int)Math.Clamp(code, 0.0, FullScaleCode);
    }

    private double CodeToCelsius(int code) =>
        Pt100.TemperatureCelsius(code * referenceOhms / CodesPerUnitRatio, nominalOhms);
}
