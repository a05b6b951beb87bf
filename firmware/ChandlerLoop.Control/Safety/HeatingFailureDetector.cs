using System;

namespace ChandlerLoop.Control.Safety
{
    /// <summary>
    /// Detects "heater driven hard but the bath does not warm": once the applied duty has stayed at
    /// or above <c>dutyThreshold</c> for a whole window of <c>windowSeconds</c>, the temperature must
    /// be at least <c>minimumRiseCelsius</c> above its minimum over (roughly) the last window.
    /// Measuring the rise from the window minimum rather than from the window start is what keeps
    /// cold-blood loading from tripping it: the dip caused by the loops is the minimum, and a
    /// working heater lifts the bath above that dip. Any sample below the threshold (or a NaN
    /// temperature) ends the episode. The window minimum is kept in eight sub-blocks (a sliding
    /// minimum over between 7/8 and 8/8 of the window) in a preallocated array: no allocation.
    /// Physics and defaults: docs/safety.md.
    /// </summary>
    public sealed class HeatingFailureDetector
    {
        private const int SubBlockCount = 8;

        private readonly double _dutyThreshold;
        private readonly double _windowSeconds;
        private readonly double _minimumRiseCelsius;
        private readonly double _subBlockSeconds;
        private readonly double[] _subBlockMinimumCelsius = new double[SubBlockCount - 1];

        private bool _active;
        private double _episodeStartSeconds;
        private double _subBlockStartSeconds;
        private double _currentMinimumCelsius;
        private int _storedCount;
        private int _nextIndex;

        /// <summary>Creates the detector. Arguments are validated by <see cref="SafetyLimits"/>;
        /// here they are trusted.</summary>
        /// <param name="dutyThreshold">Duty (0..1) at or above which the check runs.</param>
        /// <param name="windowSeconds">Window length, seconds.</param>
        /// <param name="minimumRiseCelsius">Required rise above the window minimum, °C.</param>
        public HeatingFailureDetector(double dutyThreshold, double windowSeconds, double minimumRiseCelsius)
        {
            _dutyThreshold = dutyThreshold;
            _windowSeconds = windowSeconds;
            _minimumRiseCelsius = minimumRiseCelsius;
            _subBlockSeconds = windowSeconds / SubBlockCount;
        }

        /// <summary>True while an episode of high duty is being watched.</summary>
        public bool IsActive { get { return _active; } }

        /// <summary>How long the duty has continuously been at or above the threshold, seconds.</summary>
        public double EpisodeSeconds { get; private set; }

        /// <summary>Latest temperature minus the minimum over the window, °C.</summary>
        public double RiseCelsius { get; private set; }

        /// <summary>True when the last update found a heating failure.</summary>
        public bool IsFailing { get; private set; }

        /// <summary>The required rise, °C.</summary>
        public double MinimumRiseCelsius { get { return _minimumRiseCelsius; } }

        /// <summary>Feeds one sample and returns <see cref="IsFailing"/>.</summary>
        /// <param name="nowSeconds">Current time, seconds.</param>
        /// <param name="appliedDuty">Duty (0..1) applied since the previous sample.</param>
        /// <param name="temperatureCelsius">Control temperature, °C (NaN ends the episode).</param>
        public bool Update(double nowSeconds, double appliedDuty, double temperatureCelsius)
        {
            if (!(appliedDuty >= _dutyThreshold) || double.IsNaN(temperatureCelsius))
            {
                Reset();
                return false;
            }

            if (!_active)
            {
                _active = true;
                _episodeStartSeconds = nowSeconds;
                _subBlockStartSeconds = nowSeconds;
                _currentMinimumCelsius = temperatureCelsius;
                _storedCount = 0;
                _nextIndex = 0;
                EpisodeSeconds = 0.0;
                RiseCelsius = 0.0;
                IsFailing = false;
                return false;
            }

            if (nowSeconds - _subBlockStartSeconds >= _subBlockSeconds)
            {
                _subBlockMinimumCelsius[_nextIndex] = _currentMinimumCelsius;
                _nextIndex = (_nextIndex + 1) % _subBlockMinimumCelsius.Length;
                if (_storedCount < _subBlockMinimumCelsius.Length)
                {
                    _storedCount++;
                }

                _subBlockStartSeconds = nowSeconds;
                _currentMinimumCelsius = temperatureCelsius;
            }

            _currentMinimumCelsius = Math.Min(_currentMinimumCelsius, temperatureCelsius);
            double windowMinimum = _currentMinimumCelsius;
            for (int i = 0; i < _storedCount; i++)
            {
                windowMinimum = Math.Min(windowMinimum, _subBlockMinimumCelsius[i]);
            }

            EpisodeSeconds = nowSeconds - _episodeStartSeconds;
            RiseCelsius = temperatureCelsius - windowMinimum;
            IsFailing = EpisodeSeconds >= _windowSeconds && RiseCelsius < _minimumRiseCelsius;
            return IsFailing;
        }

        /// <summary>Ends any episode (as after a low-duty sample).</summary>
        public void Reset()
        {
            _active = false;
            _storedCount = 0;
            _nextIndex = 0;
            EpisodeSeconds = 0.0;
            RiseCelsius = 0.0;
            IsFailing = false;
        }
    }
}
