namespace ChandlerLoop.Control.Safety
{
    /// <summary>
    /// Everything the <see cref="SafetySupervisor"/> looks at in one evaluation. The caller keeps
    /// one instance and overwrites it every tick (no allocation). Times are seconds on the same
    /// monotonic clock as <see cref="NowSeconds"/>; a reading time of NaN means "no reading yet".
    /// </summary>
    public sealed class SafetyInputs
    {
        /// <summary>Current time, seconds.</summary>
        public double NowSeconds { get; set; }

        /// <summary>Latest control (RTD via MAX31865) reading, °C; NaN if the driver failed.</summary>
        public double ControlCelsius { get; set; } = double.NaN;

        /// <summary>When <see cref="ControlCelsius"/> was sampled, seconds; NaN if never.</summary>
        public double ControlReadingSeconds { get; set; } = double.NaN;

        /// <summary>Latest safety (DS18B20) reading, °C; NaN if the driver failed.</summary>
        public double SafetyCelsius { get; set; } = double.NaN;

        /// <summary>When <see cref="SafetyCelsius"/> was sampled, seconds; NaN if never.</summary>
        public double SafetyReadingSeconds { get; set; } = double.NaN;

        /// <summary>Heater duty (0..1) that was applied since the previous evaluation.</summary>
        public double AppliedHeaterDuty { get; set; }

        /// <summary>True when the rotation stall detector reports a stall.</summary>
        public bool MotorStalled { get; set; }

        /// <summary>Commanded drum speed, rpm (recorded with a motor stall).</summary>
        public double CommandedRpm { get; set; }

        /// <summary>Measured drum speed, rpm (recorded with a motor stall).</summary>
        public double MeasuredRpm { get; set; }

        /// <summary>How long the measured speed has been below the stall fraction, seconds.</summary>
        public double MotorStallSeconds { get; set; }
    }
}
