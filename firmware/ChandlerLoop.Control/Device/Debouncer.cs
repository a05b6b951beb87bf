namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// Debounces a contact (front-panel button, lid reed switch) sampled at arbitrary times: the
    /// stable state changes only after the raw input has held the new level for
    /// <see cref="SettleSeconds"/> without interruption. Time is passed in (seconds on one
    /// monotonic clock); a time going backwards restarts the settling. A mechanical push button
    /// bounces for up to about 10 ms and a reed switch for well under 1 ms, so the default 0.05 s
    /// is long enough while still feeling immediate. <see cref="Update"/> returns true exactly once
    /// per stable change, so "pressed" edges are easy to count.
    /// </summary>
    public sealed class Debouncer
    {
        private bool _candidate;
        private double _candidateSinceSeconds;
        private bool _started;

        /// <summary>A debouncer that starts stable at <paramref name="initialState"/>.</summary>
        public Debouncer(double settleSeconds, bool initialState)
        {
            SettleSeconds = settleSeconds > 0.0 ? settleSeconds : 0.0;
            State = initialState;
            _candidate = initialState;
        }

        /// <summary>How long a new level must hold, seconds.</summary>
        public double SettleSeconds { get; }

        /// <summary>The debounced state.</summary>
        public bool State { get; private set; }

        /// <summary>Feeds one raw sample taken at <paramref name="nowSeconds"/>; returns true when
        /// the debounced <see cref="State"/> changed with this sample.</summary>
        public bool Update(double nowSeconds, bool raw)
        {
            if (!_started || raw != _candidate || nowSeconds < _candidateSinceSeconds)
            {
                _started = true;
                _candidate = raw;
                _candidateSinceSeconds = nowSeconds;
            }

            if (_candidate != State && nowSeconds - _candidateSinceSeconds >= SettleSeconds)
            {
                State = _candidate;
                return true;
            }

            return false;
        }
    }
}
