namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// Finds the extreme (peak or trough) of one relay half-cycle on the smoothed measurement, °C.
    /// Near an extreme the signal is flat for a while (without noise, a staircase of ADC quanta),
    /// so the extreme's time (s) and duty integral (duty·s) are taken at the middle of the plateau
    /// within <c>plateauBandCelsius</c> of it. Allocation-free; part of <see cref="RelayAutotuner"/>.
    /// </summary>
    internal sealed class RelayExtremeTracker
    {
        private bool _minimum;
        private double _plateauBandCelsius;
        private double _extreme;
        private double _plateauLevel;
        private double _plateauStartSeconds;
        private double _plateauStartDutyIntegral;
        private double _plateauEndSeconds;
        private double _plateauEndDutyIntegral;

        /// <summary>The extreme value so far, °C.</summary>
        public double Celsius { get { return _minimum ? -_extreme : _extreme; } }

        /// <summary>Time of the extreme (middle of its plateau), s.</summary>
        public double Seconds { get { return 0.5 * (_plateauStartSeconds + _plateauEndSeconds); } }

        /// <summary>Duty integral at the extreme (middle of its plateau), duty·s.</summary>
        public double DutyIntegral { get { return 0.5 * (_plateauStartDutyIntegral + _plateauEndDutyIntegral); } }

        /// <summary>Starts a half-cycle looking for a minimum (heating half) or a maximum.</summary>
        public void Start(bool minimum, double plateauBandCelsius, double celsius, double seconds, double dutyIntegral)
        {
            _minimum = minimum;
            _plateauBandCelsius = plateauBandCelsius;
            _extreme = double.NegativeInfinity;
            _plateauLevel = double.NegativeInfinity;
            Track(celsius, seconds, dutyIntegral);
        }

        /// <summary>Feeds one smoothed sample.</summary>
        public void Track(double celsius, double seconds, double dutyIntegral)
        {
            double value = _minimum ? -celsius : celsius;
            if (value > _extreme)
            {
                _extreme = value;
                if (value > _plateauLevel + _plateauBandCelsius)
                {
                    _plateauLevel = value;
                    _plateauStartSeconds = seconds;
                    _plateauStartDutyIntegral = dutyIntegral;
                }
            }

            if (value >= _extreme - _plateauBandCelsius)
            {
                _plateauEndSeconds = seconds;
                _plateauEndDutyIntegral = dutyIntegral;
            }
        }
    }
}
