namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// Measures the rate of rise (°C/s) of the smoothed measurement through the window
    /// target − 1.0 … target − 0.25 °C during a constant-duty approach. It is only used when the
    /// approach started at least 2 °C below the target: by then the heater and sensor lags have
    /// settled and the rate is K·(duty − loss). Allocation-free; part of <see cref="RelayAutotuner"/>.
    /// </summary>
    internal sealed class ApproachRampMeter
    {
        private const double WindowStartBelowTargetCelsius = 1.0;
        private const double WindowEndBelowTargetCelsius = 0.25;
        private const double MinimumStartBelowTargetCelsius = 2.0;
        private bool _usable;
        private int _phase;
        private double _startSeconds;
        private double _startCelsius;

        /// <summary>True once the window has been crossed and <see cref="RateCelsiusPerSecond"/> is valid.</summary>
        public bool HasRate { get { return _phase == 2; } }

        /// <summary>Rate of rise through the window, °C/s.</summary>
        public double RateCelsiusPerSecond { get; private set; }

        /// <summary>Starts a new approach from <paramref name="startCelsius"/>.</summary>
        public void Begin(double startCelsius, double targetCelsius)
        {
            _usable = startCelsius < targetCelsius - MinimumStartBelowTargetCelsius;
            _phase = 0;
            RateCelsiusPerSecond = 0.0;
        }

        /// <summary>Feeds one smoothed sample taken at <paramref name="seconds"/>.</summary>
        public void Track(double smoothedCelsius, double targetCelsius, double seconds)
        {
            if (!_usable)
            {
                return;
            }

            if (_phase == 0 && smoothedCelsius >= targetCelsius - WindowStartBelowTargetCelsius)
            {
                _startSeconds = seconds;
                _startCelsius = smoothedCelsius;
                _phase = 1;
            }
            else if (_phase == 1 && smoothedCelsius >= targetCelsius - WindowEndBelowTargetCelsius
                && seconds > _startSeconds)
            {
                RateCelsiusPerSecond = (smoothedCelsius - _startCelsius) / (seconds - _startSeconds);
                _phase = 2;
            }
        }
    }
}
