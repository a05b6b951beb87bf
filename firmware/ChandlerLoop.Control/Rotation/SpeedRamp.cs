namespace ChandlerLoop.Control.Rotation
{
    /// <summary>
    /// Moves the commanded drum speed toward a target at a fixed acceleration (rpm per second),
    /// both up and down, so the stepper never jumps past its pull-in rate. Pure: the elapsed time
    /// is passed in.
    /// </summary>
    public sealed class SpeedRamp
    {
        private readonly double _accelerationRpmPerSecond;

        /// <summary>Creates a ramp; <paramref name="accelerationRpmPerSecond"/> must be positive
        /// (validated by <see cref="RotationSettings"/>).</summary>
        public SpeedRamp(double accelerationRpmPerSecond)
        {
            _accelerationRpmPerSecond = accelerationRpmPerSecond;
        }

        /// <summary>The commanded drum speed, rpm.</summary>
        public double CurrentRpm { get; private set; }

        /// <summary>Advances the ramp by <paramref name="elapsedSeconds"/> toward
        /// <paramref name="targetRpm"/> and returns the new commanded speed. A non-positive or NaN
        /// elapsed time changes nothing.</summary>
        public double Update(double elapsedSeconds, double targetRpm)
        {
            if (elapsedSeconds > 0.0)
            {
                double maximumChange = _accelerationRpmPerSecond * elapsedSeconds;
                double difference = targetRpm - CurrentRpm;
                if (difference > maximumChange)
                {
                    CurrentRpm += maximumChange;
                }
                else if (difference < -maximumChange)
                {
                    CurrentRpm -= maximumChange;
                }
                else
                {
                    CurrentRpm = targetRpm;
                }
            }

            return CurrentRpm;
        }

        /// <summary>Sets the commanded speed to 0 at once (emergency stop; a stepper at these
        /// speeds stops within a step without losing position that matters).</summary>
        public void Stop()
        {
            CurrentRpm = 0.0;
        }
    }
}
