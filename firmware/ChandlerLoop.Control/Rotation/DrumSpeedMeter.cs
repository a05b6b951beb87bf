namespace ChandlerLoop.Control.Rotation
{
    /// <summary>
    /// Measured drum speed from a cumulative hall/encoder pulse count sampled at control ticks:
    /// rpm = Δpulses / pulses per revolution / Δt × 60 over a sliding window of about
    /// <c>windowSeconds</c>. The count is sampled at tick times, so the error is at most one pulse
    /// per window: resolution = 1 / (rpm / 60 × pulses per revolution × window). With 4 magnets at
    /// 30 rpm a 50 s window gives 1 % (docs/rotation.md).
    /// Counter handling: with a modulus (e.g. 65536 for a 16-bit hardware counter) a smaller new
    /// count is a wrap and the difference is taken modulo it; without one (0), a count that goes
    /// backwards is a counter reset: history is discarded and the last speed is kept until a new
    /// measurement exists. History is a preallocated ring of samples taken every window/16.
    /// </summary>
    public sealed class DrumSpeedMeter
    {
        private const int StoreDivisions = 16;
        private const int Capacity = StoreDivisions + 4;

        private readonly double _pulsesPerRevolution;
        private readonly double _windowSeconds;
        private readonly double _storeIntervalSeconds;
        private readonly long _counterModulus;
        private readonly double[] _timeSeconds = new double[Capacity];
        private readonly long[] _totalPulses = new long[Capacity];

        private int _count;
        private int _newest;
        private bool _hasLast;
        private long _lastRawCount;
        private long _totalCount;

        /// <summary>Creates a meter (arguments validated by <see cref="RotationSettings"/>).</summary>
        /// <param name="pulsesPerRevolution">Pulses per drum revolution (magnets).</param>
        /// <param name="windowSeconds">Measurement window, seconds.</param>
        /// <param name="counterModulus">Counter wrap modulus, or 0 for a counter that does not wrap.</param>
        public DrumSpeedMeter(int pulsesPerRevolution, double windowSeconds, long counterModulus)
        {
            _pulsesPerRevolution = pulsesPerRevolution;
            _windowSeconds = windowSeconds;
            _storeIntervalSeconds = windowSeconds / StoreDivisions;
            _counterModulus = counterModulus;
        }

        /// <summary>Latest measured drum speed, rpm (0 until two samples span some time).</summary>
        public double MeasuredRpm { get; private set; }

        /// <summary>Time span the latest measurement covers, seconds (shorter than the window
        /// until enough history exists).</summary>
        public double SpanSeconds { get; private set; }

        /// <summary>True when the latest measurement covers at least the full window.</summary>
        public bool WindowFilled { get { return SpanSeconds >= _windowSeconds; } }

        /// <summary>Number of counter resets (count went backwards without a modulus) seen.</summary>
        public int CounterResets { get; private set; }

        /// <summary>Feeds the cumulative pulse count at <paramref name="nowSeconds"/> and returns
        /// the measured speed in rpm.</summary>
        public double Update(double nowSeconds, long pulseCount)
        {
            if (!_hasLast)
            {
                _hasLast = true;
                _lastRawCount = pulseCount;
                Store(nowSeconds);
                return MeasuredRpm;
            }

            long delta = pulseCount - _lastRawCount;
            _lastRawCount = pulseCount;
            if (_counterModulus > 0)
            {
                delta %= _counterModulus;
                if (delta < 0)
                {
                    delta += _counterModulus;
                }
            }
            else if (delta < 0)
            {
                CounterResets++;
                _count = 0;
                Store(nowSeconds);
                return MeasuredRpm;
            }

            _totalCount += delta;
            if (_count > 0 && nowSeconds < _timeSeconds[_newest])
            {
                // Time went backwards: the history is meaningless.
                _count = 0;
            }

            if (_count == 0 || nowSeconds - _timeSeconds[_newest] >= _storeIntervalSeconds)
            {
                Store(nowSeconds);
            }

            int reference = FindReference(nowSeconds);
            double span = nowSeconds - _timeSeconds[reference];
            if (span > 0.0)
            {
                SpanSeconds = span;
                double revolutions = (_totalCount - _totalPulses[reference]) / _pulsesPerRevolution;
                MeasuredRpm = revolutions / span * 60.0;
            }

            return MeasuredRpm;
        }

        /// <summary>Forgets all history and the measured speed.</summary>
        public void Reset()
        {
            _count = 0;
            _hasLast = false;
            _totalCount = 0;
            MeasuredRpm = 0.0;
            SpanSeconds = 0.0;
        }

        private void Store(double nowSeconds)
        {
            _newest = _count == 0 ? 0 : (_newest + 1) % Capacity;
            _timeSeconds[_newest] = nowSeconds;
            _totalPulses[_newest] = _totalCount;
            if (_count < Capacity)
            {
                _count++;
            }
        }

        private int FindReference(double nowSeconds)
        {
            // Newest stored sample at least one window old; else the oldest one held.
            int index = _newest;
            for (int i = 0; i < _count; i++)
            {
                if (nowSeconds - _timeSeconds[index] >= _windowSeconds)
                {
                    return index;
                }

                if (i < _count - 1)
                {
                    index = (index - 1 + Capacity) % Capacity;
                }
            }

            return index;
        }
    }
}
