using System;

namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// Relay autotune (Åström &amp; Hägglund, Automatica 20:645, 1984) around the target, usable as
    /// the active <see cref="ITemperatureController"/> while it runs.
    /// <para>Sequence: heat at HighDutyCycle until the measurement reaches the target; then relay
    /// (off above target + hysteresis, on below target − hysteresis). The first cycle swings
    /// 0 ↔ HighDutyCycle and its mean duty estimates the holding duty b; the next cycles use a
    /// relay biased around b (b ± d, d = min(b, High − b), at least 0.05) so the oscillation is
    /// nearly symmetric and small. After <see cref="RelayAutotuneSettings.SettlingCycles"/> cycles,
    /// <see cref="RelayAutotuneSettings.MeasuredCycles"/> trough-to-trough cycles are averaged.</para>
    /// <para>The bath is identified as an integrating process with dead time (IPDT),
    /// dT/dt = K·(u(t − L) − b), which it is over minutes (its loss time constant C/UA is hours):
    /// b = mean duty over whole cycles (the temperature returns to the same value, so the mean
    /// heat input equals the loss); K = rate of rise through target − 1.0 … target − 0.25 °C during
    /// the full-power approach divided by (HighDutyCycle − b), when the approach started at least
    /// 2 °C below the target (otherwise K = ω·π·a/(4·d), the describing-function estimate);
    /// L = mean time from a relay switch to the extreme it causes (extremes located at the middle
    /// of their plateau on a 2 s smoothed signal, the smoothing's delay subtracted). The describing
    /// function also gives the ultimate gain Ku = 4d/(π·a) and period Pu, reported for
    /// Ziegler–Nichols-type rules. Our gains come from <see cref="IntegratingProcessTuning"/>.</para>
    /// <para>Safety: any abort (time, temperature, NaN measurement, target change, Cancel) sets
    /// duty 0 and state Aborted with a reason; Completed also outputs 0 until another controller
    /// takes over. Update allocates nothing.</para>
    /// </summary>
    public sealed class RelayAutotuner : ITemperatureController
    {
        private const double MinimumRelayAmplitudeDuty = 0.05;
        private readonly RelayAutotuneSettings _settings;
        private const double PlateauFraction = 0.5;
        private readonly AutotuneResult _result = new AutotuneResult();
        private readonly RelayExtremeTracker _extreme = new RelayExtremeTracker();
        private readonly ApproachRampMeter _ramp = new ApproachRampMeter();
        private readonly RelayCycleStatistics _cycles = new RelayCycleStatistics();
        private double _targetCelsius;
        private bool _hasTarget;
        private double _elapsedSeconds;
        private double _dutyIntegral;
        private double _smoothedCelsius;
        private double _lowDuty;
        private double _highDuty;
        private bool _relayOn;
        private int _cyclesDone;
        private bool _haveTrough;
        private double _switchOnSeconds;
        private double _switchOffSeconds;
        private double _troughCelsius;
        private double _troughSeconds;
        private double _troughDutyIntegral;
        private bool _havePeak;
        private double _peakCelsius;
        private double _peakLagSeconds;

        /// <summary>Creates an autotuner with the given bounds (not null).</summary>
        public RelayAutotuner(RelayAutotuneSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
            Restart();
        }

        /// <summary>Current phase.</summary>
        public AutotuneState State { get; private set; }

        /// <summary>Why it aborted (None unless State is Aborted).</summary>
        public AutotuneAbortReason AbortReason { get; private set; }

        /// <summary>The measurement; valid (Complete true) only when State is Completed.</summary>
        public AutotuneResult Result { get { return _result; } }

        /// <summary>Relay cycles finished so far (settling cycles included).</summary>
        public int CyclesCompleted { get { return _cyclesDone; } }

        /// <summary>Seconds since the autotune started (sum of valid elapsed times).</summary>
        public double ElapsedSeconds { get { return _elapsedSeconds; } }

        /// <summary>Duty returned by the last Update.</summary>
        public double OutputDutyCycle { get; private set; }

        /// <summary>Stops the autotune: duty 0, state Aborted, reason Cancelled (no effect once finished).</summary>
        public void Cancel()
        {
            Abort(AutotuneAbortReason.Cancelled);
        }

        /// <summary>Starts over from the Approaching phase, forgetting all measurements.</summary>
        public void Restart()
        {
            State = AutotuneState.Approaching;
            AbortReason = AutotuneAbortReason.None;
            _result.Clear();
            _hasTarget = false;
            _elapsedSeconds = 0.0;
            _dutyIntegral = 0.0;
            _lowDuty = 0.0;
            _highDuty = _settings.HighDutyCycle;
            _relayOn = true;
            _cyclesDone = 0;
            _haveTrough = false;
            _havePeak = false;
            _cycles.Clear();
            OutputDutyCycle = 0.0;
        }

        /// <inheritdoc />
        public double Update(double elapsedSeconds, double measuredCelsius, double targetCelsius)
        {
            if (State == AutotuneState.Completed || State == AutotuneState.Aborted)
            {
                OutputDutyCycle = 0.0;
                return 0.0;
            }

            if (double.IsNaN(elapsedSeconds) || double.IsInfinity(elapsedSeconds) || elapsedSeconds <= 0.0)
            {
                return OutputDutyCycle;
            }

            if (double.IsNaN(measuredCelsius) || double.IsInfinity(measuredCelsius))
            {
                return Abort(AutotuneAbortReason.InvalidMeasurement);
            }

            if (!_hasTarget)
            {
                if (double.IsNaN(targetCelsius) || double.IsInfinity(targetCelsius)
                    || targetCelsius + _settings.HysteresisCelsius >= _settings.MaxTemperatureCelsius)
                {
                    return Abort(AutotuneAbortReason.TargetOutOfBounds);
                }

                _targetCelsius = targetCelsius;
                _hasTarget = true;
                _smoothedCelsius = measuredCelsius;
                _ramp.Begin(measuredCelsius, targetCelsius);
            }
            else if (targetCelsius != _targetCelsius)
            {
                return Abort(AutotuneAbortReason.TargetChanged);
            }

            // Account for the duty applied during the interval that just ended.
            _dutyIntegral += OutputDutyCycle * elapsedSeconds;
            _elapsedSeconds += elapsedSeconds;
            double filter = _settings.ExtremeFilterSeconds;
            _smoothedCelsius += elapsedSeconds / (filter + elapsedSeconds) * (measuredCelsius - _smoothedCelsius);

            if (measuredCelsius > _settings.MaxTemperatureCelsius)
            {
                return Abort(AutotuneAbortReason.OverTemperature);
            }

            if (_elapsedSeconds > _settings.MaxDurationSeconds)
            {
                return Abort(AutotuneAbortReason.Timeout);
            }

            if (State == AutotuneState.Approaching)
            {
                if (measuredCelsius < _targetCelsius)
                {
                    _ramp.Track(_smoothedCelsius, _targetCelsius, _elapsedSeconds);
                    OutputDutyCycle = _highDuty;
                    return OutputDutyCycle;
                }

                State = AutotuneState.Relaying;
                SwitchOff();
            }

            _extreme.Track(_smoothedCelsius, _elapsedSeconds, _dutyIntegral);
            double hysteresis = _settings.HysteresisCelsius;
            if (_relayOn && measuredCelsius > _targetCelsius + hysteresis)
            {
                SwitchOff();
            }
            else if (!_relayOn && measuredCelsius < _targetCelsius - hysteresis)
            {
                SwitchOn();
            }

            if (State != AutotuneState.Relaying)
            {
                return OutputDutyCycle;
            }

            OutputDutyCycle = _relayOn ? _highDuty : _lowDuty;
            return OutputDutyCycle;
        }

        /// <inheritdoc />
        /// <remarks>Restarts the autotune (the relay does not need bumpless take-over).</remarks>
        public void Reset(double measuredCelsius, double targetCelsius, double currentDuty)
        {
            Restart();
        }

        private void StartHalf()
        {
            _extreme.Start(_relayOn, PlateauFraction * _settings.HysteresisCelsius, _smoothedCelsius, _elapsedSeconds,
                _dutyIntegral);
        }

        // Called when the relay turns off: the heating half that ends here holds the newest trough.
        private void SwitchOff()
        {
            if (_relayOn && _havePeak)
            {
                double troughLag = _extreme.Seconds - _switchOnSeconds;
                if (_haveTrough)
                {
                    FinishCycle(troughLag);
                }

                _troughCelsius = _extreme.Celsius;
                _troughSeconds = _extreme.Seconds;
                _troughDutyIntegral = _extreme.DutyIntegral;
                _haveTrough = true;
            }

            _relayOn = false;
            _switchOffSeconds = _elapsedSeconds;
            StartHalf();
        }

        // Called when the relay turns on: the cooling half that ends here holds the newest peak.
        private void SwitchOn()
        {
            _peakCelsius = _extreme.Celsius;
            _peakLagSeconds = _extreme.Seconds - _switchOffSeconds;
            _havePeak = true;
            _relayOn = true;
            _switchOnSeconds = _elapsedSeconds;
            StartHalf();
        }

        // One trough-to-trough cycle (previous trough, peak, trough now in _extreme*) is complete.
        private void FinishCycle(double troughLagSeconds)
        {
            _cyclesDone++;
            double periodSeconds = _extreme.Seconds - _troughSeconds;
            double cycleDuty = _extreme.DutyIntegral - _troughDutyIntegral;
            if (_cyclesDone == 1)
            {
                // Full-swing cycle: its mean duty is the holding duty estimate; bias the relay on it.
                double bias = periodSeconds > 0.0 ? cycleDuty / periodSeconds : 0.5 * _settings.HighDutyCycle;
                double amplitude = Math.Min(bias, _settings.HighDutyCycle - bias);
                if (amplitude < MinimumRelayAmplitudeDuty)
                {
                    amplitude = MinimumRelayAmplitudeDuty;
                }

                _lowDuty = Math.Max(0.0, bias - amplitude);
                _highDuty = Math.Min(_settings.HighDutyCycle, bias + amplitude);
                return;
            }

            if (_cyclesDone <= _settings.SettlingCycles)
            {
                return;
            }

            _cycles.Add(_peakCelsius - _troughCelsius, _peakCelsius - _extreme.Celsius, periodSeconds, cycleDuty,
                0.5 * (_peakLagSeconds + troughLagSeconds));
            if (_cycles.Count >= _settings.MeasuredCycles)
            {
                Complete();
            }
        }

        private void Complete()
        {
            double hold = _cycles.HoldingDutyCycle;
            double amplitude = _cycles.AmplitudeCelsius;
            double period = _cycles.PeriodSeconds;
            double lag = _cycles.LagSeconds - _settings.ExtremeFilterSeconds;
            double relayAmplitude = 0.5 * (_highDuty - _lowDuty);
            if (!(amplitude > 0.0) || !(period > 0.0) || !(relayAmplitude > 0.0) || !(hold >= 0.0))
            {
                Abort(AutotuneAbortReason.MeasurementInconsistent);
                return;
            }

            // Describing function: |G(iω)| = π·a / (4·d) at ω = 2π / Pu.
            double ultimateGain = 4.0 * relayAmplitude / (Math.PI * amplitude);
            bool fromRamp = _ramp.HasRate && _settings.HighDutyCycle - hold > 0.0;
            double plantGain = fromRamp
                ? _ramp.RateCelsiusPerSecond / (_settings.HighDutyCycle - hold)
                : (2.0 * Math.PI / period) / ultimateGain;
            if (!(plantGain > 0.0) || double.IsInfinity(plantGain))
            {
                Abort(AutotuneAbortReason.MeasurementInconsistent);
                return;
            }

            _result.Set(_cycles.Count, amplitude, period, _lowDuty, _highDuty, ultimateGain, plantGain, fromRamp,
                lag < 0.0 ? 0.0 : lag, hold, _elapsedSeconds);
            State = AutotuneState.Completed;
            OutputDutyCycle = 0.0;
        }

        private double Abort(AutotuneAbortReason reason)
        {
            if (State == AutotuneState.Completed || State == AutotuneState.Aborted)
            {
                return 0.0;
            }

            State = AutotuneState.Aborted;
            AbortReason = reason;
            OutputDutyCycle = 0.0;
            return 0.0;
        }
    }
}
