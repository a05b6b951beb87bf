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
    /// <para>The bath is identified as an integrating process with dead time (IPDT):
    /// dT/dt = K·(u(t − L) − b). Between a trough and the next peak the rate of rise is zero at
    /// both ends, so the rise 2a equals K·∫(u − b)dt over that interval whatever the lag's shape;
    /// with the fall this gives b = mean duty over the cycle and K = 2a / ∫(u − b)dt. L is the
    /// mean time from a relay switch to the extreme it causes. The describing function gives the
    /// ultimate gain Ku = 4d/(π·a) and period Pu (for Ziegler–Nichols-type rules). Gains come from
    /// <see cref="IntegratingProcessTuning"/>.</para>
    /// <para>Safety: any abort (time, temperature, NaN measurement, target change, Cancel) sets
    /// duty 0 and state Aborted with a reason; Completed also outputs 0 until another controller
    /// takes over. Update allocates nothing.</para>
    /// </summary>
    public sealed class RelayAutotuner : ITemperatureController
    {
        private const double MinimumRelayAmplitudeDuty = 0.05;
        private const double PlateauFraction = 0.5;
        private const double RampWindowStartBelowTargetCelsius = 1.0;
        private const double RampWindowEndBelowTargetCelsius = 0.25;
        private const double RampMinimumStartBelowTargetCelsius = 2.0;
        private readonly RelayAutotuneSettings _settings;
        private readonly AutotuneResult _result = new AutotuneResult();
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
        private double _extremeCelsius;
        private double _plateauLevelCelsius;
        private double _plateauStartSeconds;
        private double _plateauStartDutyIntegral;
        private double _plateauEndSeconds;
        private double _plateauEndDutyIntegral;
        private double _troughCelsius;
        private double _troughSeconds;
        private double _troughDutyIntegral;
        private bool _havePeak;
        private double _peakCelsius;
        private double _peakLagSeconds;
        private double _sumRise;
        private double _sumFall;
        private double _sumPeriod;
        private double _sumCycleDuty;
        private double _sumLag;
        private int _measured;
        private bool _rampUsable;
        private double _rampStartSeconds;
        private double _rampStartCelsius;
        private double _rampRateCelsiusPerSecond;
        private int _rampPhase;

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
            _sumRise = 0.0;
            _sumFall = 0.0;
            _sumPeriod = 0.0;
            _sumCycleDuty = 0.0;
            _sumLag = 0.0;
            _measured = 0;
            _rampUsable = false;
            _rampPhase = 0;
            _rampRateCelsiusPerSecond = 0.0;
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
                _rampUsable = measuredCelsius < targetCelsius - RampMinimumStartBelowTargetCelsius;
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
                    TrackRamp();
                    OutputDutyCycle = _highDuty;
                    return OutputDutyCycle;
                }

                State = AutotuneState.Relaying;
                SwitchOff();
            }

            TrackExtreme();
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

        // During the full-power approach, times the smoothed measurement through a window just
        // below the target: the lags have long settled there, so the rate is K·(High − loss).
        private void TrackRamp()
        {
            if (!_rampUsable)
            {
                return;
            }

            if (_rampPhase == 0 && _smoothedCelsius >= _targetCelsius - RampWindowStartBelowTargetCelsius)
            {
                _rampStartSeconds = _elapsedSeconds;
                _rampStartCelsius = _smoothedCelsius;
                _rampPhase = 1;
            }
            else if (_rampPhase == 1 && _smoothedCelsius >= _targetCelsius - RampWindowEndBelowTargetCelsius)
            {
                double seconds = _elapsedSeconds - _rampStartSeconds;
                if (seconds > 0.0)
                {
                    _rampRateCelsiusPerSecond = (_smoothedCelsius - _rampStartCelsius) / seconds;
                    _rampPhase = 2;
                }
            }
        }

        // Locates the extreme of the current half-cycle on the smoothed measurement. Near an extreme
        // the signal is flat for a while (and, without noise, a staircase of ADC quanta), so the
        // extreme's time is the middle of the plateau within PlateauFraction × hysteresis of it.
        private void TrackExtreme()
        {
            double value = _relayOn ? -_smoothedCelsius : _smoothedCelsius;
            double band = PlateauFraction * _settings.HysteresisCelsius;
            if (value > _extremeCelsius)
            {
                _extremeCelsius = value;
                if (value > _plateauLevelCelsius + band)
                {
                    _plateauLevelCelsius = value;
                    _plateauStartSeconds = _elapsedSeconds;
                    _plateauStartDutyIntegral = _dutyIntegral;
                }
            }

            if (value >= _extremeCelsius - band)
            {
                _plateauEndSeconds = _elapsedSeconds;
                _plateauEndDutyIntegral = _dutyIntegral;
            }
        }

        private double ExtremeSeconds { get { return 0.5 * (_plateauStartSeconds + _plateauEndSeconds); } }

        private double ExtremeDutyIntegral { get { return 0.5 * (_plateauStartDutyIntegral + _plateauEndDutyIntegral); } }

        private double ExtremeCelsius { get { return _relayOn ? -_extremeCelsius : _extremeCelsius; } }

        private void StartHalf()
        {
            _extremeCelsius = double.NegativeInfinity;
            _plateauLevelCelsius = double.NegativeInfinity;
            TrackExtreme();
        }

        // Called when the relay turns off: the heating half that ends here holds the newest trough.
        private void SwitchOff()
        {
            if (_relayOn && _havePeak)
            {
                double troughLag = ExtremeSeconds - _switchOnSeconds;
                if (_haveTrough)
                {
                    FinishCycle(troughLag);
                }

                _troughCelsius = ExtremeCelsius;
                _troughSeconds = ExtremeSeconds;
                _troughDutyIntegral = ExtremeDutyIntegral;
                _haveTrough = true;
            }

            _relayOn = false;
            _switchOffSeconds = _elapsedSeconds;
            StartHalf();
        }

        // Called when the relay turns on: the cooling half that ends here holds the newest peak.
        private void SwitchOn()
        {
            _peakCelsius = ExtremeCelsius;
            _peakLagSeconds = ExtremeSeconds - _switchOffSeconds;
            _havePeak = true;
            _relayOn = true;
            _switchOnSeconds = _elapsedSeconds;
            StartHalf();
        }

        // One trough-to-trough cycle (previous trough, peak, trough now in _extreme*) is complete.
        private void FinishCycle(double troughLagSeconds)
        {
            _cyclesDone++;
            double periodSeconds = ExtremeSeconds - _troughSeconds;
            double cycleDuty = ExtremeDutyIntegral - _troughDutyIntegral;
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

            double rise = _peakCelsius - _troughCelsius;
            double fall = _peakCelsius - ExtremeCelsius;
            _sumRise += rise;
            _sumFall += fall;
            _sumPeriod += periodSeconds;
            _sumCycleDuty += cycleDuty;
            _sumLag += 0.5 * (_peakLagSeconds + troughLagSeconds);
            _measured++;
            if (_measured >= _settings.MeasuredCycles)
            {
                Complete();
            }
        }

        private void Complete()
        {
            double n = _measured;
            double hold = _sumCycleDuty / _sumPeriod;
            double amplitude = (_sumRise + _sumFall) / (4.0 * n);
            double period = _sumPeriod / n;
            double lag = _sumLag / n - _settings.ExtremeFilterSeconds;
            double relayAmplitude = 0.5 * (_highDuty - _lowDuty);
            if (!(amplitude > 0.0) || !(period > 0.0) || !(relayAmplitude > 0.0))
            {
                Abort(AutotuneAbortReason.MeasurementInconsistent);
                return;
            }

            // Describing function: |G(iω)| = π·a / (4·d) at ω = 2π / Pu.
            double ultimateGain = 4.0 * relayAmplitude / (Math.PI * amplitude);
            bool fromRamp = _rampPhase == 2 && _settings.HighDutyCycle - hold > 0.0;
            double plantGain = fromRamp
                ? _rampRateCelsiusPerSecond / (_settings.HighDutyCycle - hold)
                : (2.0 * Math.PI / period) / ultimateGain;
            if (!(plantGain > 0.0) || double.IsInfinity(plantGain))
            {
                Abort(AutotuneAbortReason.MeasurementInconsistent);
                return;
            }

            _result.Set(_measured, amplitude, period, _lowDuty, _highDuty, ultimateGain, plantGain, fromRamp,
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
