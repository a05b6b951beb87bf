namespace ChandlerLoop.Plant.Sensors;

/// <summary>
/// The control channel: a PT100 probe (first-order lag to the bath) read by a MAX31865 15-bit ratiometric
/// ADC, converted back to °C the way the firmware driver does. Temperatures in °C, times in s.
/// An open RTD reads full scale (about +989 °C), a shorted one code 0 (about −242 °C), a silent chip NaN.
/// </summary>
internal sealed class Max31865RtdSensorModel : LaggedSensorModel
{
    /// <summary>Full-scale ADC code: the MAX31865 RTD data register holds a 15-bit code.</summary>
    public const int FullScaleCode = 32767;

    private const double CodesPerUnitRatio = 32768.0;

    private readonly double nominalOhms;
    private readonly double referenceOhms;

    public Max31865RtdSensorModel(PlantParameters parameters, int seed)
        : base(parameters.ControlSensorTimeConstantSeconds, parameters.ControlSensorNoiseRmsCelsius,
            parameters.ControlSensorOffsetCelsius, parameters.InitialTemperatureCelsius, seed)
    {
        nominalOhms = parameters.RtdNominalResistanceOhms;
        referenceOhms = parameters.RtdReferenceResistorOhms;
    }

    protected override double Convert(double measuredCelsius)
    {
        double resistanceOhms = Pt100.ResistanceOhms(measuredCelsius, nominalOhms);
        double code = Math.Round(resistanceOhms / referenceOhms * CodesPerUnitRatio, MidpointRounding.AwayFromZero);
        return CodeToCelsius((int)Math.Clamp(code, 0.0, FullScaleCode));
    }

    protected override double ReadFaulted(SensorFault fault) => fault switch
    {
        SensorFault.Open => CodeToCelsius(FullScaleCode),
        SensorFault.Short => CodeToCelsius(0),
        _ => double.NaN,
    };

    private double CodeToCelsius(int code) =>
        Pt100.TemperatureCelsius(code * referenceOhms / CodesPerUnitRatio, nominalOhms);
}
