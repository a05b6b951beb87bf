namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// Delay before the next reconnection attempt (Wi-Fi or MQTT): exponential back-off with
    /// "equal jitter" — the nominal delay doubles from <see cref="InitialSeconds"/> up to
    /// <see cref="MaximumSeconds"/>, and the actual delay is drawn uniformly from half the nominal
    /// to the full nominal, so a room of rigs restarted by the same power cut does not hammer the
    /// broker in step. The random fraction is passed in (0..1), so the rule is deterministic under
    /// test. <see cref="Reset"/> after a successful connection.
    /// </summary>
    public sealed class ReconnectBackoff
    {
        /// <summary>Back-off starting at <paramref name="initialSeconds"/> (at least 0.1) and
        /// capped at <paramref name="maximumSeconds"/> (at least the initial delay).</summary>
        public ReconnectBackoff(double initialSeconds, double maximumSeconds)
        {
            InitialSeconds = initialSeconds > 0.1 ? initialSeconds : 0.1;
            MaximumSeconds = maximumSeconds > InitialSeconds ? maximumSeconds : InitialSeconds;
        }

        /// <summary>First nominal delay, seconds.</summary>
        public double InitialSeconds { get; }

        /// <summary>Largest nominal delay, seconds.</summary>
        public double MaximumSeconds { get; }

        /// <summary>Failed attempts since the last <see cref="Reset"/>.</summary>
        public int Failures { get; private set; }

        /// <summary>Records a failed attempt and returns how long to wait before the next one,
        /// seconds. <paramref name="randomFraction"/> is a uniform random number in 0..1 (values
        /// outside are clamped).</summary>
        public double NextDelaySeconds(double randomFraction)
        {
            double nominal = InitialSeconds;
            for (int i = 0; i < Failures && nominal < MaximumSeconds; i++)
            {
                nominal *= 2.0;
            }

            if (nominal > MaximumSeconds)
            {
                nominal = MaximumSeconds;
            }

            if (Failures < int.MaxValue)
            {
                Failures++;
            }

            double fraction = randomFraction > 0.0 ? (randomFraction < 1.0 ? randomFraction : 1.0) : 0.0;
            return nominal * (0.5 + 0.5 * fraction);
        }

        /// <summary>Back to the initial delay (after a successful connection).</summary>
        public void Reset()
        {
            Failures = 0;
        }
    }
}
