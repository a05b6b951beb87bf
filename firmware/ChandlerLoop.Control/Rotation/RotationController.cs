using System;

namespace ChandlerLoop.Control.Rotation
{
    /// <summary>
    /// Drum rotation for one control tick, in two halves so the safety supervisor can act between
    /// them: <see cref="Measure"/> turns the cumulative pulse count into measured speeds and runs
    /// the stall rule against the speed commanded over the last interval; <see cref="Drive"/>
    /// ramps the commanded speed toward the target (or down to 0 when disabled) and sets the STEP
    /// frequency; <see cref="StopImmediately"/> drops it to 0 at once (motor stall, abort, fault).
    /// The stall rule is armed only once the drum has been commanded to turn for the start-up
    /// ramp time plus one stall window, so a normal start never looks like a stall.
    /// Construction throws <see cref="ArgumentException"/> for invalid settings; ticks never throw
    /// and allocate nothing.
    /// </summary>
    public sealed class RotationController
    {
        /// <summary>The ramp never advances by more than this much time per <see cref="Drive"/>,
        /// seconds, so a late tick cannot make the commanded speed jump.</summary>
        public const double MaximumRampStepSeconds = 1.0;

        private readonly double _stepsPerDrumRevolution;
        private readonly double _maximumSpeedRpm;
        private readonly double _accelerationRpmPerSecond;
        private readonly double _stallWindowSeconds;
        private readonly SpeedRamp _ramp;
        private readonly DrumSpeedMeter _meter;
        private readonly DrumSpeedMeter _stallMeter;
        private readonly StallDetector _stall;

        private bool _hasDriven;
        private double _lastDriveSeconds;
        private bool _moving;
        private double _motionStartSeconds;

        /// <summary>Creates the controller with a copy of <paramref name="settings"/>.</summary>
        /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
        public RotationController(RotationSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentException("Rotation settings are required.", "settings");
            }

            RotationSettingsError error = settings.Validate();
            if (error != RotationSettingsError.None)
            {
                throw new ArgumentException(RotationSettings.Describe(error), "settings");
            }

            _stepsPerDrumRevolution = settings.StepsPerDrumRevolution;
            _maximumSpeedRpm = settings.MaximumSpeedRpm;
            _accelerationRpmPerSecond = settings.AccelerationRpmPerSecond;
            _stallWindowSeconds = settings.StallWindowSeconds;
            _ramp = new SpeedRamp(settings.AccelerationRpmPerSecond);
            _meter = new DrumSpeedMeter(settings.PulsesPerDrumRevolution, settings.MeasurementWindowSeconds,
                settings.CounterModulus);
            _stallMeter = new DrumSpeedMeter(settings.PulsesPerDrumRevolution, settings.StallWindowSeconds,
                settings.CounterModulus);
            _stall = new StallDetector(settings.StallMinimumCommandedRpm, settings.StallSpeedFraction,
                settings.StallTimeSeconds);
        }

        /// <summary>The target drum speed of the last <see cref="Drive"/>, rpm (0 when disabled
        /// or when the requested target was rejected).</summary>
        public double TargetRpm { get; private set; }

        /// <summary>True when the last <see cref="Drive"/> asked for a speed that is not a number
        /// in 0..maximum; the drum is then brought to a stop instead.</summary>
        public bool TargetRejected { get; private set; }

        /// <summary>The ramped, commanded drum speed, rpm.</summary>
        public double CommandedRpm { get { return _ramp.CurrentRpm; } }

        /// <summary>STEP frequency for the driver, Hz.</summary>
        public double StepFrequencyHz { get; private set; }

        /// <summary>True while the driver should be enabled (driving or still ramping down).</summary>
        public bool MotorEnabled { get; private set; }

        /// <summary>Measured drum speed over the measurement window, rpm.</summary>
        public double MeasuredRpm { get { return _meter.MeasuredRpm; } }

        /// <summary>Time span of <see cref="MeasuredRpm"/>, seconds.</summary>
        public double MeasurementSpanSeconds { get { return _meter.SpanSeconds; } }

        /// <summary>Measured drum speed over the (shorter) stall window, rpm.</summary>
        public double StallWindowRpm { get { return _stallMeter.MeasuredRpm; } }

        /// <summary>True while the stall rule reports a stall.</summary>
        public bool IsStalled { get { return _stall.IsStalled; } }

        /// <summary>How long the stall-window speed has been below the stall fraction, seconds.</summary>
        public double StallSeconds { get { return _stall.BelowSeconds; } }

        /// <summary>Updates the measured speeds from the cumulative pulse count and runs the stall
        /// rule against the speed commanded over the last interval.</summary>
        public void Measure(double nowSeconds, long pulseCount)
        {
            _meter.Update(nowSeconds, pulseCount);
            double stallRpm = _stallMeter.Update(nowSeconds, pulseCount);
            double graceSeconds = _stallWindowSeconds + TargetRpm / _accelerationRpmPerSecond;
            bool armed = _moving && nowSeconds - _motionStartSeconds >= graceSeconds;
            _stall.Update(nowSeconds, _ramp.CurrentRpm, stallRpm, armed);
        }

        /// <summary>Ramps toward <paramref name="targetRpm"/> when <paramref name="enabled"/>,
        /// otherwise toward 0, and returns the STEP frequency in Hz.</summary>
        public double Drive(double nowSeconds, double targetRpm, bool enabled)
        {
            double elapsed = _hasDriven ? nowSeconds - _lastDriveSeconds : 0.0;
            if (elapsed > MaximumRampStepSeconds)
            {
                // A late tick must not let the ramp jump past the stepper's pull-in rate.
                elapsed = MaximumRampStepSeconds;
            }

            _hasDriven = true;
            _lastDriveSeconds = nowSeconds;

            TargetRejected = !(targetRpm >= 0.0 && targetRpm <= _maximumSpeedRpm);
            TargetRpm = enabled && !TargetRejected ? targetRpm : 0.0;
            double commanded = _ramp.Update(elapsed, TargetRpm);
            if (commanded > 0.0 && !_moving)
            {
                _moving = true;
                _motionStartSeconds = nowSeconds;
            }
            else if (commanded <= 0.0)
            {
                _moving = false;
            }

            StepFrequencyHz = StepperKinematics.StepFrequencyHz(commanded, _stepsPerDrumRevolution);
            MotorEnabled = TargetRpm > 0.0 || commanded > 0.0;
            return StepFrequencyHz;
        }

        /// <summary>Commands 0 rpm and 0 Hz at once and disables the driver; a later
        /// <see cref="Drive"/> ramps up from 0 starting at <paramref name="nowSeconds"/>.</summary>
        public void StopImmediately(double nowSeconds)
        {
            _hasDriven = true;
            _lastDriveSeconds = nowSeconds;
            _ramp.Stop();
            TargetRpm = 0.0;
            StepFrequencyHz = 0.0;
            MotorEnabled = false;
            _moving = false;
            _stall.Reset();
        }
    }
}
