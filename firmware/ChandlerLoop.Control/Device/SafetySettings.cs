namespace ChandlerLoop.Control.Device
{
    /// <summary>Site-specific safety limits (<c>safety</c> in the settings file); everything else
    /// keeps the SafetyLimits defaults (docs/safety.md).</summary>
    public sealed class SafetySettings
    {
        /// <summary>Heater off and latched above this control temperature, °C. Default 39;
        /// 21..42 (42 °C is the hardware thermal cut-out).</summary>
        public double OverTemperatureLimitCelsius { get; set; } = 39.0;

        /// <summary>Control and safety sensors may differ by at most this much, °C. Default 1;
        /// 0.2..3.</summary>
        public double SensorDisagreementLimitCelsius { get; set; } = 1.0;
    }
}
