namespace ChandlerLoop.Control.Rig
{
    /// <summary>
    /// What the drivers measured for one control tick. The firmware keeps one instance and
    /// overwrites it every tick (no allocation). Times are seconds on one monotonic clock; a
    /// reading time is when that sensor was actually sampled (not when the tick ran), so a driver
    /// that stops delivering shows up as a stale reading. NaN readings mean the driver failed.
    /// </summary>
    public sealed class RigInputs
    {
        /// <summary>Time of this tick, seconds.</summary>
        public double NowSeconds { get; set; }

        /// <summary>Control (MAX31865 + PT100) reading, °C.</summary>
        public double ControlCelsius { get; set; } = double.NaN;

        /// <summary>When the control reading was sampled, seconds (NaN: never).</summary>
        public double ControlReadingSeconds { get; set; } = double.NaN;

        /// <summary>Safety (DS18B20) reading, °C.</summary>
        public double SafetyCelsius { get; set; } = double.NaN;

        /// <summary>When the safety reading was sampled, seconds (NaN: never).</summary>
        public double SafetyReadingSeconds { get; set; } = double.NaN;

        /// <summary>Cumulative drum hall/encoder pulse count (see RotationSettings.CounterModulus
        /// for counters that wrap).</summary>
        public long DrumPulseCount { get; set; }
    }
}
