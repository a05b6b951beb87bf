using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// The rig's sensor calibration as reported in the <c>cal</c> object of the online
    /// <c>status</c> (docs/protocol.md; procedure in hardware/calibration.md §1): the two offsets
    /// in °C that the firmware adds to the raw readings, and the dates of the last calibration and
    /// of the next one due (ISO 8601 <c>YYYY-MM-DD</c>, or none). Allocated once with its text
    /// buffers; <see cref="Set"/> fills it without allocating. <see cref="IsWritable"/> is false
    /// when a value would make a reader reject the status (offset outside
    /// ±<see cref="CalibrationSettings.MaximumOffsetCelsius"/> °C or not finite, a date that is not
    /// a valid calendar date), and the encoder then refuses the status.
    /// </summary>
    public sealed class StatusCalibration
    {
        /// <summary>Length of an ISO calendar date <c>YYYY-MM-DD</c>, bytes.</summary>
        public const int DateBytes = 10;

        private readonly Utf8Text _calibratedOn = new Utf8Text(DateBytes);
        private readonly Utf8Text _dueOn = new Utf8Text(DateBytes);

        /// <summary>Offset added to every control (RTD) reading, °C (<c>control_offset_c</c>).</summary>
        public double ControlOffsetCelsius { get; private set; }

        /// <summary>Offset added to every safety (DS18B20) reading, °C (<c>safety_offset_c</c>).</summary>
        public double SafetyOffsetCelsius { get; private set; }

        /// <summary>Date of the last calibration (<c>on</c>); empty when never calibrated (written as null).</summary>
        public Utf8Text CalibratedOn { get { return _calibratedOn; } }

        /// <summary>Date the next calibration is due (<c>due</c>); empty when none (written as null).</summary>
        public Utf8Text DueOn { get { return _dueOn; } }

        /// <summary>True when every value can be written and read back (see the class summary).</summary>
        public bool IsWritable { get; private set; }

        /// <summary>Sets the offsets (°C) and the dates (<c>YYYY-MM-DD</c>, or null / empty for none).
        /// Returns <see cref="IsWritable"/>.</summary>
        public bool Set(double controlOffsetCelsius, double safetyOffsetCelsius, string calibratedOn, string dueOn)
        {
            ControlOffsetCelsius = controlOffsetCelsius;
            SafetyOffsetCelsius = safetyOffsetCelsius;
            bool datesValid = SetDate(_calibratedOn, calibratedOn) & SetDate(_dueOn, dueOn);
            IsWritable = datesValid && IsOffsetInRange(controlOffsetCelsius) && IsOffsetInRange(safetyOffsetCelsius);
            return IsWritable;
        }

        /// <summary>Sets the values from the device settings' <c>calibration</c> object; a null
        /// object means an uncalibrated rig (offsets 0, no dates).</summary>
        public bool SetFrom(CalibrationSettings settings)
        {
            if (settings == null)
            {
                return Set(0.0, 0.0, null, null);
            }

            return Set(settings.ControlOffsetCelsius, settings.SafetyOffsetCelsius, settings.CalibratedOn, settings.DueOn);
        }

        /// <summary>True when <paramref name="offsetCelsius"/> is a number within
        /// ±<see cref="CalibrationSettings.MaximumOffsetCelsius"/> °C.</summary>
        public static bool IsOffsetInRange(double offsetCelsius)
        {
            double limit = CalibrationSettings.MaximumOffsetCelsius;
            return offsetCelsius >= -limit && offsetCelsius <= limit;
        }

        private static bool SetDate(Utf8Text target, string date)
        {
            target.Clear();
            if (date == null || date.Length == 0)
            {
                return true;
            }

            if (!RigSettingsValidator.IsIsoDate(date))
            {
                return false;
            }

            target.Set(date);
            return true;
        }
    }
}
