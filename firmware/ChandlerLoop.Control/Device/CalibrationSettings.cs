namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// Sensor calibration (<c>calibration</c> in the settings file; procedure in
    /// hardware/calibration.md). Offsets are added to the raw readings: corrected = raw + offset.
    /// Dates are ISO 8601 calendar dates (<c>YYYY-MM-DD</c>) and are reported to the host, which
    /// decides whether a run may use a rig whose calibration is due.
    /// </summary>
    public sealed class CalibrationSettings
    {
        /// <summary>Largest offset accepted, °C: a PT100 class A is within ±0.35 °C at 37 °C
        /// (IEC 60751: ±(0.15 + 0.002·|t|)), a DS18B20 within ±0.5 °C (datasheet, −10..+85 °C);
        /// an offset beyond ±2 °C means a wiring or sensor fault, not calibration.</summary>
        public const double MaximumOffsetCelsius = 2.0;

        /// <summary>Offset of the control (MAX31865 + PT100) sensor, °C.</summary>
        public double ControlOffsetCelsius { get; set; }

        /// <summary>Offset of the safety (DS18B20) sensor, °C.</summary>
        public double SafetyOffsetCelsius { get; set; }

        /// <summary>Date of the last calibration (YYYY-MM-DD), or null when never calibrated.</summary>
        public string CalibratedOn { get; set; }

        /// <summary>Date the next calibration is due (YYYY-MM-DD), or null.</summary>
        public string DueOn { get; set; }
    }
}
