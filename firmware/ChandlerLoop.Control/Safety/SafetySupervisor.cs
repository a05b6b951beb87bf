using System;

namespace ChandlerLoop.Control.Safety
{
    /// <summary>
    /// The rig's safety supervisor, independent of the temperature-control algorithm. Every tick
    /// <see cref="Evaluate"/> checks both sensors (plausible range, freshness, over-temperature,
    /// mutual agreement), the heating response and the motor stall flag; a separate watchdog path
    /// calls <see cref="CheckControlLoop"/>. The first condition that trips latches a
    /// <see cref="FaultRecord"/>; while a fault is latched <see cref="HeaterAllowed"/> is false, so
    /// the caller forces the heater duty to 0 in the same tick. A latched fault clears only through
    /// <see cref="Clear"/>, and only when no fault condition is present any more.
    /// Construction validates the limits and throws <see cref="ArgumentException"/> naming the bad
    /// setting (configuration happens once at start-up; tick paths never throw). Pure logic: time
    /// and readings are passed in; nothing is allocated after construction.
    /// </summary>
    public sealed class SafetySupervisor
    {
        private readonly double _overTemperatureLimitCelsius;
        private readonly double _clearHysteresisCelsius;
        private readonly double _setpointMarginCelsius;
        private readonly double _minimumPlausibleCelsius;
        private readonly double _maximumPlausibleCelsius;
        private readonly double _controlStaleSeconds;
        private readonly double _safetyStaleSeconds;
        private readonly double _loopDeadlineSeconds;
        private readonly double _disagreementLimitCelsius;
        private readonly double _disagreementDebounceSeconds;
        private readonly HeatingFailureDetector _heating;
        private readonly FaultRecord _fault = new FaultRecord();

        private bool _started;
        private double _startSeconds;
        private bool _disagreeing;
        private double _disagreeSinceSeconds;
        private bool _loopStalled;
        private FaultCode _presentCondition;

        /// <summary>Creates a supervisor with a copy of <paramref name="limits"/>.</summary>
        /// <exception cref="ArgumentException">A limit is outside its range; the message says which.</exception>
        public SafetySupervisor(SafetyLimits limits)
        {
            if (limits == null)
            {
                throw new ArgumentException("Safety limits are required.", "limits");
            }

            SafetyLimitsError error = limits.Validate();
            if (error != SafetyLimitsError.None)
            {
                throw new ArgumentException(SafetyLimits.Describe(error), "limits");
            }

            _overTemperatureLimitCelsius = limits.OverTemperatureLimitCelsius;
            _clearHysteresisCelsius = limits.OverTemperatureClearHysteresisCelsius;
            _setpointMarginCelsius = limits.SetpointMarginCelsius;
            _minimumPlausibleCelsius = limits.MinimumPlausibleCelsius;
            _maximumPlausibleCelsius = limits.MaximumPlausibleCelsius;
            _controlStaleSeconds = limits.ControlSensorStaleSeconds;
            _safetyStaleSeconds = limits.SafetySensorStaleSeconds;
            _loopDeadlineSeconds = limits.ControlLoopDeadlineSeconds;
            _disagreementLimitCelsius = limits.SensorDisagreementLimitCelsius;
            _disagreementDebounceSeconds = limits.SensorDisagreementDebounceSeconds;
            _heating = new HeatingFailureDetector(limits.HeatingCheckDutyThreshold,
                limits.HeatingCheckWindowSeconds, limits.HeatingCheckMinimumRiseCelsius);
        }

        /// <summary>True while a fault is latched.</summary>
        public bool IsFaulted { get { return _fault.Code != FaultCode.None; } }

        /// <summary>False while a fault is latched: the heater must be off.</summary>
        public bool HeaterAllowed { get { return _fault.Code == FaultCode.None; } }

        /// <summary>The latched fault (code None when there is none). Owned by the supervisor:
        /// copy it with <see cref="FaultRecord.CopyFrom"/> to keep it.</summary>
        public FaultRecord Fault { get { return _fault; } }

        /// <summary>The first fault condition present at the latest evaluation (None when all is
        /// well), whether or not a fault is latched. This is what blocks <see cref="Clear"/>.</summary>
        public FaultCode PresentCondition { get { return _presentCondition; } }

        /// <summary>The over-temperature limit in force, °C.</summary>
        public double OverTemperatureLimitCelsius { get { return _overTemperatureLimitCelsius; } }

        /// <summary>The highest set-point allowed: limit minus the set-point margin, °C.</summary>
        public double MaximumSetpointCelsius { get { return _overTemperatureLimitCelsius - _setpointMarginCelsius; } }

        /// <summary>Runs every check on <paramref name="inputs"/>, latches the first condition
        /// that trips (if none is latched yet) and returns the latched code (None if none).
        /// Order when several trip together: over-temperature, invalid, stale, disagreement,
        /// heating failure, motor stall.</summary>
        public FaultCode Evaluate(SafetyInputs inputs)
        {
            double now = inputs.NowSeconds;
            if (!_started)
            {
                _started = true;
                _startSeconds = now;
            }

            double control = inputs.ControlCelsius;
            double safety = inputs.SafetyCelsius;
            bool controlValid = IsPlausible(control);
            bool safetyValid = IsPlausible(safety);
            double controlAge = AgeSeconds(now, inputs.ControlReadingSeconds);
            double safetyAge = AgeSeconds(now, inputs.SafetyReadingSeconds);
            bool controlStale = controlAge > _controlStaleSeconds;
            bool safetyStale = safetyAge > _safetyStaleSeconds;

            // Disagreement: only meaningful between two valid, fresh readings.
            double difference = Math.Abs(control - safety);
            bool comparable = controlValid && safetyValid && !controlStale && !safetyStale;
            bool disagreeNow = comparable && difference > _disagreementLimitCelsius;
            if (!disagreeNow)
            {
                _disagreeing = false;
            }
            else if (!_disagreeing)
            {
                _disagreeing = true;
                _disagreeSinceSeconds = now;
            }

            double disagreeSeconds = _disagreeing ? now - _disagreeSinceSeconds : 0.0;

            bool heatingFailing = false;
            if (controlValid && !controlStale)
            {
                heatingFailing = _heating.Update(now, inputs.AppliedHeaterDuty, control);
            }
            else
            {
                _heating.Reset();
            }

            // Trip checks, most hazardous first; the first one that trips is latched.
            FaultCode trip = FaultCode.None;
            double value = 0.0;
            double limit = 0.0;
            double duration = 0.0;
            if (controlValid && control > _overTemperatureLimitCelsius)
            {
                trip = FaultCode.OverTemperature; value = control; limit = _overTemperatureLimitCelsius;
            }
            else if (safetyValid && safety > _overTemperatureLimitCelsius)
            {
                trip = FaultCode.OverTemperature; value = safety; limit = _overTemperatureLimitCelsius;
            }
            else if (!controlValid)
            {
                trip = FaultCode.ControlSensorInvalid; value = control; limit = ViolatedBound(control);
            }
            else if (!safetyValid)
            {
                trip = FaultCode.SafetySensorInvalid; value = safety; limit = ViolatedBound(safety);
            }
            else if (controlStale)
            {
                trip = FaultCode.ControlSensorStale; value = controlAge; limit = _controlStaleSeconds;
            }
            else if (safetyStale)
            {
                trip = FaultCode.SafetySensorStale; value = safetyAge; limit = _safetyStaleSeconds;
            }
            else if (_disagreeing && disagreeSeconds >= _disagreementDebounceSeconds)
            {
                trip = FaultCode.SensorDisagreement; value = difference; limit = _disagreementLimitCelsius;
                duration = disagreeSeconds;
            }
            else if (heatingFailing)
            {
                trip = FaultCode.HeatingFailure; value = _heating.RiseCelsius; limit = _heating.MinimumRiseCelsius;
                duration = _heating.EpisodeSeconds;
            }
            else if (inputs.MotorStalled)
            {
                trip = FaultCode.MotorStall; value = inputs.MeasuredRpm; limit = inputs.CommandedRpm;
                duration = inputs.MotorStallSeconds;
            }

            if (trip != FaultCode.None && !IsFaulted)
            {
                _fault.Set(trip, now, value, limit, duration, control, safety);
            }

            _presentCondition = PresentConditionFor(control, safety, controlValid, safetyValid,
                controlStale, safetyStale, disagreeNow, heatingFailing, inputs.MotorStalled);
            return _fault.Code;
        }

        /// <summary>The watchdog path: latches <see cref="FaultCode.ControlLoopStalled"/> when the
        /// last control tick is older than the deadline. Returns the latched code (None if none).</summary>
        /// <param name="nowSeconds">Current time, seconds.</param>
        /// <param name="lastTickSeconds">Time of the last completed control tick, seconds.</param>
        public FaultCode CheckControlLoop(double nowSeconds, double lastTickSeconds)
        {
            double age = nowSeconds - lastTickSeconds;
            // NaN (no tick time) counts as stalled: a watchdog that cannot see the loop trips.
            _loopStalled = !(age <= _loopDeadlineSeconds);
            if (_loopStalled)
            {
                if (!IsFaulted)
                {
                    _fault.Set(FaultCode.ControlLoopStalled, nowSeconds, age, _loopDeadlineSeconds, 0.0,
                        double.NaN, double.NaN);
                }

                _presentCondition = FaultCode.ControlLoopStalled;
            }
            else if (_presentCondition == FaultCode.ControlLoopStalled)
            {
                _presentCondition = FaultCode.None;
            }

            return _fault.Code;
        }

        /// <summary>Clears the latched fault if no fault condition is present at the latest
        /// evaluation; otherwise refuses with the reason (see <see cref="PresentCondition"/>).</summary>
        public FaultClearRefusal Clear()
        {
            if (!IsFaulted)
            {
                return FaultClearRefusal.NotFaulted;
            }

            if (_presentCondition != FaultCode.None)
            {
                return FaultClearRefusal.ConditionPersists;
            }

            _fault.Clear();
            _disagreeing = false;
            _heating.Reset();
            return FaultClearRefusal.None;
        }

        /// <summary>True when <paramref name="targetCelsius"/> is a number no higher than
        /// <see cref="MaximumSetpointCelsius"/>. (Range checks of the run plan are the sequencer's.)</summary>
        public bool IsSetpointBelowLimit(double targetCelsius)
        {
            return targetCelsius <= MaximumSetpointCelsius;
        }

        private FaultCode PresentConditionFor(double control, double safety, bool controlValid,
            bool safetyValid, bool controlStale, bool safetyStale, bool disagreeNow, bool heatingFailing,
            bool motorStalled)
        {
            // Over-temperature stays present until both readings are below limit - hysteresis.
            double clearBelow = _overTemperatureLimitCelsius - _clearHysteresisCelsius;
            if ((controlValid && control >= clearBelow) || (safetyValid && safety >= clearBelow))
            {
                return FaultCode.OverTemperature;
            }

            if (!controlValid) { return FaultCode.ControlSensorInvalid; }
            if (!safetyValid) { return FaultCode.SafetySensorInvalid; }
            if (controlStale) { return FaultCode.ControlSensorStale; }
            if (safetyStale) { return FaultCode.SafetySensorStale; }
            if (disagreeNow) { return FaultCode.SensorDisagreement; }
            if (heatingFailing) { return FaultCode.HeatingFailure; }
            if (motorStalled) { return FaultCode.MotorStall; }
            if (_loopStalled) { return FaultCode.ControlLoopStalled; }
            return FaultCode.None;
        }

        private bool IsPlausible(double celsius)
        {
            // NaN fails both comparisons, so it is implausible.
            return celsius >= _minimumPlausibleCelsius && celsius <= _maximumPlausibleCelsius;
        }

        private double ViolatedBound(double celsius)
        {
            return celsius < _minimumPlausibleCelsius ? _minimumPlausibleCelsius : _maximumPlausibleCelsius;
        }

        private double AgeSeconds(double nowSeconds, double readingSeconds)
        {
            // No reading yet: count the age from the first evaluation.
            double from = double.IsNaN(readingSeconds) ? _startSeconds : readingSeconds;
            double age = nowSeconds - from;
            return age > 0.0 ? age : 0.0;
        }
    }
}
