namespace ChandlerLoop.Plant;

/// <content>Sensor parameters: control RTD (PT100 + MAX31865) and safety DS18B20.</content>
public sealed partial record PlantParameters
{
    /// <summary>
    /// First-order time constant of the control RTD probe in the stirred bath, in s. Default 5 s: a
    /// 3–4 mm stainless-sheathed PT100 in moving water (manufacturers quote t0.63 of 2–8 s in water
    /// flowing at 0.2–0.4 m/s for such probes).
    /// </summary>
    public double ControlSensorTimeConstantSeconds { get; init; } = 5.0;

    /// <summary>
    /// RMS of the white noise on each control reading, in °C, applied before the ADC quantisation.
    /// Default 0.008 °C: MAX31865 input-referred noise plus RTD self-heating jitter, a fraction of one ADC
    /// step (≈0.034 °C), as seen on typical breakout boards with the 50/60 Hz filter enabled.
    /// </summary>
    public double ControlSensorNoiseRmsCelsius { get; init; } = 0.008;

    /// <summary>
    /// Fixed error of the control RTD channel, in °C (added to the true temperature). Default 0 °C: the
    /// control channel is the calibrated reference (an uncalibrated IEC 60751 class A PT100 would be within
    /// ±(0.15 + 0.002·|t|) °C, i.e. ±0.22 °C at 37 °C).
    /// </summary>
    public double ControlSensorOffsetCelsius { get; init; }

    /// <summary>Resistance of the RTD at 0 °C, in Ω. Default 100 Ω (PT100, IEC 60751).</summary>
    public double RtdNominalResistanceOhms { get; init; } = 100.0;

    /// <summary>
    /// MAX31865 reference resistor, in Ω. The 15-bit ADC code is R_RTD/R_REF × 2^15 (Maxim MAX31865
    /// datasheet, "Converting ADC code to temperature"). Default 430 Ω (the common breakout board value);
    /// one code is then 430/32768 = 0.0131 Ω ≈ 0.034 °C at 37 °C (the datasheet's nominal 0.03125 °C assumes
    /// R_REF = 400 Ω).
    /// </summary>
    public double RtdReferenceResistorOhms { get; init; } = 430.0;

    /// <summary>
    /// First-order time constant of the DS18B20 safety probe, in s. Default 15 s: a TO-92 DS18B20 potted in
    /// a 6 mm stainless tube ("waterproof probe") in stirred water responds in 10–20 s.
    /// </summary>
    public double SafetySensorTimeConstantSeconds { get; init; } = 15.0;

    /// <summary>
    /// RMS of the white noise on each safety reading, in °C, applied before quantisation. Default 0.01 °C,
    /// well below one 12-bit step, so most readings repeat until the temperature moves.
    /// </summary>
    public double SafetySensorNoiseRmsCelsius { get; init; } = 0.01;

    /// <summary>
    /// Fixed error of this DS18B20 instance, in °C (added to the true temperature). Default +0.1 °C. The
    /// Maxim DS18B20 datasheet specifies ±0.5 °C accuracy from −10 °C to +85 °C; individual parts are
    /// usually within ±0.2 °C near 37 °C. Set it to test the sensor-disagreement check.
    /// </summary>
    public double SafetySensorOffsetCelsius { get; init; } = 0.1;

    /// <summary>
    /// Resolution of the DS18B20 reading, in °C. Default 0.0625 °C (12-bit mode, DS18B20 datasheet); 9, 10
    /// and 11-bit modes give 0.5, 0.25 and 0.125 °C.
    /// </summary>
    public double SafetySensorResolutionCelsius { get; init; } = 0.0625;

    private void ValidateSensors()
    {
        RequirePositive(ControlSensorTimeConstantSeconds, nameof(ControlSensorTimeConstantSeconds));
        RequireNonNegative(ControlSensorNoiseRmsCelsius, nameof(ControlSensorNoiseRmsCelsius));
        RequireFinite(ControlSensorOffsetCelsius, nameof(ControlSensorOffsetCelsius), -10.0, 10.0);
        RequirePositive(RtdNominalResistanceOhms, nameof(RtdNominalResistanceOhms));
        RequirePositive(RtdReferenceResistorOhms, nameof(RtdReferenceResistorOhms));
        if (RtdReferenceResistorOhms < 1.5 * RtdNominalResistanceOhms)
        {
            throw Invalid(nameof(RtdReferenceResistorOhms), RtdReferenceResistorOhms,
                "must be at least 1.5 × RtdNominalResistanceOhms so that a warm RTD stays below ADC full scale");
        }

        RequirePositive(SafetySensorTimeConstantSeconds, nameof(SafetySensorTimeConstantSeconds));
        RequireNonNegative(SafetySensorNoiseRmsCelsius, nameof(SafetySensorNoiseRmsCelsius));
        RequireFinite(SafetySensorOffsetCelsius, nameof(SafetySensorOffsetCelsius), -10.0, 10.0);
        RequirePositive(SafetySensorResolutionCelsius, nameof(SafetySensorResolutionCelsius));
    }
}
