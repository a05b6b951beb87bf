using System;

namespace ChandlerLoop.Control.Run
{
    /// <summary>
    /// Pre-warm stability gate: met once the measured temperature has stayed within
    /// ±band °C of the target for at least the hold time, s. The hold is timed from the first
    /// in-band reading (the moment the temperature entered the band between two readings is
    /// unknown, so the conservative end is used). An out-of-band or NaN reading restarts it.
    /// Times are the caller's monotonic seconds.
    /// </summary>
    internal sealed class StabilityGate
    {
        private double _bandCelsius;
        private double _holdSeconds;
        private double _inBandSinceSeconds = double.NaN;

        /// <summary>Sets band (°C) and hold (s) and restarts the gate.</summary>
        public void Configure(double bandCelsius, double holdSeconds)
        {
            _bandCelsius = bandCelsius;
            _holdSeconds = holdSeconds;
            Restart();
        }

        /// <summary>Forgets any time already spent in the band.</summary>
        public void Restart()
        {
            _inBandSinceSeconds = double.NaN;
        }

        /// <summary>Time of the first reading of the current in-band stretch, s; NaN when the
        /// last reading was out of band.</summary>
        public double InBandSinceSeconds
        {
            get { return _inBandSinceSeconds; }
        }

        /// <summary>Feeds one reading; returns true when the gate is met at
        /// <paramref name="nowSeconds"/>.</summary>
        public bool Evaluate(double nowSeconds, double measuredCelsius, double targetCelsius)
        {
            // Written so that a NaN reading fails the test (every comparison with NaN is false).
            bool inBand = Math.Abs(measuredCelsius - targetCelsius) <= _bandCelsius;
            if (!inBand)
            {
                _inBandSinceSeconds = double.NaN;
                return false;
            }

            if (double.IsNaN(_inBandSinceSeconds))
            {
                _inBandSinceSeconds = nowSeconds;
            }

            return nowSeconds - _inBandSinceSeconds >= _holdSeconds;
        }

        /// <summary>Seconds spent in the band up to <paramref name="nowSeconds"/>; 0 when out of
        /// band.</summary>
        public double HeldSeconds(double nowSeconds)
        {
            if (double.IsNaN(_inBandSinceSeconds))
            {
                return 0.0;
            }

            return nowSeconds - _inBandSinceSeconds;
        }
    }
}
