namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// Temperature controller gains (<c>gains</c> in the settings file), in the protocol's
    /// <c>set_gains</c> units and ranges. All zero (absent) means "use the firmware defaults"
    /// (docs/temperature-control.md).
    /// </summary>
    public sealed class GainSettings
    {
        /// <summary>Proportional gain, duty per °C, 0..10.</summary>
        public double ProportionalDutyPerCelsius { get; set; }

        /// <summary>Integral gain, duty per (°C·s), 0..1.</summary>
        public double IntegralDutyPerCelsiusSecond { get; set; }

        /// <summary>Derivative gain, duty·s per °C, 0..1000.</summary>
        public double DerivativeDutySecondsPerCelsius { get; set; }

        /// <summary>Highest heater duty, 0.05..1. Default 1.</summary>
        public double MaxDutyCycle { get; set; } = 1.0;

        /// <summary>True when no gain was given (use the firmware defaults).</summary>
        public bool UseDefaults
        {
            get
            {
                return ProportionalDutyPerCelsius == 0.0 && IntegralDutyPerCelsiusSecond == 0.0
                    && DerivativeDutySecondsPerCelsius == 0.0;
            }
        }
    }
}
