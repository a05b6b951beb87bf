namespace ChandlerLoop.Control.Rotation
{
    /// <summary>
    /// Motor stall rule: while armed (the start-up ramp and one stall-measurement window are over)
    /// and the commanded speed is at least <c>minimumCommandedRpm</c>, a measured speed below
    /// <c>speedFraction</c> × commanded that lasts <c>stallSeconds</c> is a stall. Not latched here:
    /// <see cref="IsStalled"/> falls back to false when the condition goes (e.g. the motor is
    /// stopped); the safety supervisor latches the fault.
    /// </summary>
    public sealed class StallDetector
    {
        private readonly double _minimumCommandedRpm;
        private readonly double _speedFraction;
        private readonly double _stallSeconds;
        private bool _below;
        private double _belowSinceSeconds;

        /// <summary>Creates the detector (arguments validated by <see cref="RotationSettings"/>).</summary>
        public StallDetector(double minimumCommandedRpm, double speedFraction, double stallSeconds)
        {
            _minimumCommandedRpm = minimumCommandedRpm;
            _speedFraction = speedFraction;
            _stallSeconds = stallSeconds;
        }

        /// <summary>True while the stall condition has lasted at least the stall time.</summary>
        public bool IsStalled { get; private set; }

        /// <summary>How long the measured speed has been below the fraction, seconds.</summary>
        public double BelowSeconds { get; private set; }

        /// <summary>Feeds one sample and returns <see cref="IsStalled"/>.</summary>
        /// <param name="nowSeconds">Current time, seconds.</param>
        /// <param name="commandedRpm">Drum speed commanded over the last interval, rpm.</param>
        /// <param name="measuredRpm">Measured drum speed, rpm.</param>
        /// <param name="armed">False during the start-up grace period.</param>
        public bool Update(double nowSeconds, double commandedRpm, double measuredRpm, bool armed)
        {
            bool below = armed && commandedRpm >= _minimumCommandedRpm
                && !(measuredRpm >= _speedFraction * commandedRpm);
            if (!below)
            {
                Reset();
                return false;
            }

            if (!_below)
            {
                _below = true;
                _belowSinceSeconds = nowSeconds;
            }

            BelowSeconds = nowSeconds - _belowSinceSeconds;
            IsStalled = BelowSeconds >= _stallSeconds;
            return IsStalled;
        }

        /// <summary>Forgets the condition.</summary>
        public void Reset()
        {
            _below = false;
            BelowSeconds = 0.0;
            IsStalled = false;
        }
    }
}
