namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// Sums over the measured trough-to-trough relay cycles and their means: amplitude (°C),
    /// period (s), holding duty (mean duty over whole cycles, 0..1) and switch-to-extreme lag (s).
    /// Allocation-free; part of <see cref="RelayAutotuner"/>.
    /// </summary>
    internal sealed class RelayCycleStatistics
    {
        private double _sumRiseCelsius;
        private double _sumFallCelsius;
        private double _sumPeriodSeconds;
        private double _sumDutySeconds;
        private double _sumLagSeconds;

        /// <summary>Cycles added.</summary>
        public int Count { get; private set; }

        /// <summary>Mean half peak-to-peak amplitude a, °C (rises and falls averaged).</summary>
        public double AmplitudeCelsius { get { return (_sumRiseCelsius + _sumFallCelsius) / (4.0 * Count); } }

        /// <summary>Mean period, s.</summary>
        public double PeriodSeconds { get { return _sumPeriodSeconds / Count; } }

        /// <summary>Mean duty over all cycles: over whole cycles the heat input equals the loss.</summary>
        public double HoldingDutyCycle { get { return _sumDutySeconds / _sumPeriodSeconds; } }

        /// <summary>Mean time from a relay switch to the extreme it causes, s.</summary>
        public double LagSeconds { get { return _sumLagSeconds / Count; } }

        /// <summary>Forgets every cycle.</summary>
        public void Clear()
        {
            _sumRiseCelsius = 0.0;
            _sumFallCelsius = 0.0;
            _sumPeriodSeconds = 0.0;
            _sumDutySeconds = 0.0;
            _sumLagSeconds = 0.0;
            Count = 0;
        }

        /// <summary>Adds one cycle: trough → peak rise, peak → trough fall (°C), its period (s), the
        /// duty integral over it (duty·s) and the mean of its two switch-to-extreme lags (s).</summary>
        public void Add(double riseCelsius, double fallCelsius, double periodSeconds, double dutySeconds, double lagSeconds)
        {
            _sumRiseCelsius += riseCelsius;
            _sumFallCelsius += fallCelsius;
            _sumPeriodSeconds += periodSeconds;
            _sumDutySeconds += dutySeconds;
            _sumLagSeconds += lagSeconds;
            Count++;
        }
    }
}
