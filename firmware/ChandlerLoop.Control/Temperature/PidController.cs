using System;

namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// Heater PID in duty-cycle units (see <see cref="PidGains"/> for the law and the units).
    /// <list type="bullet">
    /// <item>Derivative on the filtered MEASUREMENT (°C/s through a first-order low-pass), so a
    /// set-point change moves the output only by Kp·Δtarget, never by a derivative spike.</item>
    /// <item>Integral kept in duty units, clamped to ±MaxDutyCycle, accumulated only inside the
    /// integral band, and frozen while the output is saturated in the direction the integration
    /// would push (conditional integration, as Klipper's heaters.py keeps its integral only while
    /// the output is not saturated).</item>
    /// <item>Uses the real elapsed time of every call: irregular or missed ticks are integrated and
    /// differentiated over their true duration. An elapsed time that is not a finite positive
    /// number changes nothing and returns the previous duty. A NaN or infinite measurement or
    /// target returns duty 0 (heater off) and changes nothing except that its elapsed time is
    /// carried to the next valid call.</item>
    /// <item>Bumpless: <see cref="Reset"/> and <see cref="ChangeGains"/> back-calculate the integral
    /// so the next output continues from the current duty.</item>
    /// </list>
    /// Update allocates nothing.
    /// </summary>
    public sealed class PidController : ITemperatureController
    {
        private PidGains _gains;
        private double _integralDuty;
        private double _previousMeasuredCelsius;
        private double _filteredRateCelsiusPerSecond;
        private double _carriedSeconds;
        private double _lastErrorCelsius;
        private bool _hasPreviousMeasurement;

        /// <summary>Creates a controller. Throws ArgumentException (naming the gain) for invalid
        /// gains; construction is configuration, never on the tick path.</summary>
        public PidController(PidGains gains)
        {
            _gains = CheckGains(gains);
        }

        /// <summary>The gains in use.</summary>
        public PidGains Gains { get { return _gains; } }

        /// <summary>Duty returned by the last Update (0..MaxDutyCycle).</summary>
        public double OutputDutyCycle { get; private set; }

        /// <summary>Proportional contribution of the last valid Update, duty (Kp × error).</summary>
        public double ProportionalDuty { get; private set; }

        /// <summary>Integral contribution (the integrator state), duty, in [−MaxDutyCycle, MaxDutyCycle].</summary>
        public double IntegralDuty { get { return _integralDuty; } }

        /// <summary>Derivative contribution of the last valid Update, duty (−Kd × filtered rate of rise).</summary>
        public double DerivativeDuty { get; private set; }

        /// <summary>The filtered rate of rise of the measurement, °C/s.</summary>
        public double MeasuredRateCelsiusPerSecond { get { return _filteredRateCelsiusPerSecond; } }

        /// <summary>True when the last valid Update did not integrate (saturated output or error
        /// outside the integral band).</summary>
        public bool IntegralFrozen { get; private set; }

        /// <inheritdoc />
        public double Update(double elapsedSeconds, double measuredCelsius, double targetCelsius)
        {
            if (!IsFinite(elapsedSeconds) || elapsedSeconds <= 0.0)
            {
                return OutputDutyCycle;
            }

            if (!IsFinite(measuredCelsius) || !IsFinite(targetCelsius))
            {
                _carriedSeconds += elapsedSeconds;
                OutputDutyCycle = 0.0;
                return 0.0;
            }

            double dt = elapsedSeconds + _carriedSeconds;
            _carriedSeconds = 0.0;
            PidGains g = _gains;

            if (!_hasPreviousMeasurement)
            {
                _previousMeasuredCelsius = measuredCelsius;
                _filteredRateCelsiusPerSecond = 0.0;
                _hasPreviousMeasurement = true;
            }

            double rawRate = (measuredCelsius - _previousMeasuredCelsius) / dt;
            _previousMeasuredCelsius = measuredCelsius;
            double filter = g.DerivativeFilterSeconds;
            _filteredRateCelsiusPerSecond += dt / (filter + dt) * (rawRate - _filteredRateCelsiusPerSecond);

            double error = targetCelsius - measuredCelsius;
            _lastErrorCelsius = error;
            double max = g.MaxDutyCycle;
            double proportional = g.ProportionalDutyPerCelsius * error;
            double derivative = -g.DerivativeDutySecondsPerCelsius * _filteredRateCelsiusPerSecond;
            double fixedPart = g.HoldingDutyCycle + proportional + derivative;

            bool frozen = true;
            if (Math.Abs(error) < g.IntegralBandCelsius)
            {
                double candidate = Clamp(_integralDuty + g.IntegralDutyPerCelsiusSecond * error * dt, -max, max);
                double unsaturated = fixedPart + candidate;
                bool pushesHigh = candidate > _integralDuty && unsaturated > max;
                bool pushesLow = candidate < _integralDuty && unsaturated < 0.0;
                if (!pushesHigh && !pushesLow)
                {
                    _integralDuty = candidate;
                    frozen = false;
                }
            }

            IntegralFrozen = frozen;
            ProportionalDuty = proportional;
            DerivativeDuty = derivative;
            OutputDutyCycle = Clamp(fixedPart + _integralDuty, 0.0, max);
            return OutputDutyCycle;
        }

        /// <inheritdoc />
        /// <remarks>Sets the integral so that an Update with the same measurement and target
        /// returns <paramref name="currentDuty"/> (clamped to [0, MaxDutyCycle]), when the error is
        /// inside the integral band and the duty is above 0. A duty of 0 (or NaN) is a heater that was
        /// off: the integral starts at 0, because a back-calculated one (0 − holding − P) would be
        /// strongly negative and, once the error leaves the band, frozen there: the rig would hold
        /// short of the set-point. Forgets the derivative history.</remarks>
        public void Reset(double measuredCelsius, double targetCelsius, double currentDuty)
        {
            double max = _gains.MaxDutyCycle;
            double duty = IsFinite(currentDuty) ? Clamp(currentDuty, 0.0, max) : 0.0;
            bool valid = IsFinite(measuredCelsius) && IsFinite(targetCelsius);
            double error = valid ? targetCelsius - measuredCelsius : 0.0;
            _previousMeasuredCelsius = valid ? measuredCelsius : 0.0;
            _hasPreviousMeasurement = valid;
            _filteredRateCelsiusPerSecond = 0.0;
            _carriedSeconds = 0.0;
            _lastErrorCelsius = error;
            double proportional = _gains.ProportionalDutyPerCelsius * error;
            // Duty 0 is a heater that was off (a start, not a hand-over from another controller): nothing
            // to continue from, so the integral starts neutral instead of at a large negative value.
            _integralDuty = duty > 0.0 ? BackCalculatedIntegral(_gains, duty - _gains.HoldingDutyCycle - proportional, error) : 0.0;
            ProportionalDuty = proportional;
            DerivativeDuty = 0.0;
            IntegralFrozen = false;
            OutputDutyCycle = duty;
        }

        /// <summary>Installs new gains without a bump: the integral is recomputed so that, for the
        /// last error and measured rate, the new law gives the current output. Throws
        /// ArgumentException for invalid gains (configuration, not a tick path).</summary>
        public void ChangeGains(PidGains gains)
        {
            PidGains checkedGains = CheckGains(gains);
            double max = checkedGains.MaxDutyCycle;
            double duty = Clamp(OutputDutyCycle, 0.0, max);
            double proportional = checkedGains.ProportionalDutyPerCelsius * _lastErrorCelsius;
            double derivative = -checkedGains.DerivativeDutySecondsPerCelsius * _filteredRateCelsiusPerSecond;
            _integralDuty = BackCalculatedIntegral(checkedGains, duty - checkedGains.HoldingDutyCycle - proportional - derivative, _lastErrorCelsius);
            _gains = checkedGains;
            OutputDutyCycle = duty;
        }

        /// <summary>The integral that continues the current output, or 0 outside the integral band.</summary>
        /// <remarks>Outside the band the integral is frozen, so a back-calculated value would stay for
        /// as long as the error does: starting from heater off far below the target (duty 0, large
        /// proportional term) it would be −MaxDutyCycle, and the proportional term alone would then
        /// balance the losses short of the band, where the controller would sit for ever. Outside the
        /// band the law is holding duty + P + D, so the integral starts neutral there.</remarks>
        private static double BackCalculatedIntegral(PidGains gains, double integralDuty, double errorCelsius)
        {
            if (!(Math.Abs(errorCelsius) < gains.IntegralBandCelsius))
            {
                return 0.0;
            }

            double max = gains.MaxDutyCycle;
            return Clamp(integralDuty, -max, max);
        }

        private static PidGains CheckGains(PidGains gains)
        {
            if (gains == null)
            {
                throw new ArgumentNullException("gains");
            }

            PidGainsCheck check = gains.Validate();
            if (check != PidGainsCheck.Valid)
            {
                throw new ArgumentException(PidGains.Describe(check), "gains");
            }

            return gains;
        }

        private static bool IsFinite(double value)
        {
            return !double.IsNaN(value) && !double.IsInfinity(value);
        }

        private static double Clamp(double value, double low, double high)
        {
            return value < low ? low : (value > high ? high : value);
        }
    }
}
