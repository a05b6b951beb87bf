using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Run
{
    /// <summary>
    /// The run state machine of the rig: Idle → PreWarming → Ready (stability gate) → Running
    /// (exposure clock from t0) ⇄ SampleDue → Completed, or Aborted (with a reason) / Faulted
    /// (with a fault code) from any active state. Pure logic: every call takes the caller's
    /// monotonic time in seconds; temperatures are °C, speeds rpm. Invalid commands are refused
    /// with a <see cref="RunRefusal"/> and change nothing; nothing here throws, and nothing
    /// allocates after construction. The full state × command table is in
    /// docs/run-sequencer.md. The read-only run record (times, counters, samples) is in
    /// RunSequencer.Record.cs.
    /// </summary>
    public sealed partial class RunSequencer
    {
        private readonly RunPlan _plan = new RunPlan();
        private readonly StabilityGate _gate = new StabilityGate();
        private readonly SampleSchedule _schedule = new SampleSchedule();
        private RunState _state = RunState.Idle;
        private double _lastTimeSeconds = double.NegativeInfinity;
        private double _lastStateChangeSeconds = double.NaN;
        private int _stateChangeCount;
        private int _ignoredUpdateCount;
        private double _prewarmStartedAtSeconds;
        private double _gateMetAtSeconds;
        private int _stabilityLossCount;
        private double _t0Seconds;
        private double _exposureEndedAtSeconds;
        private bool _exposureComplete;
        private AbortReason _abortReason;
        private FaultCode _faultCode;

        /// <summary>Creates an idle sequencer with every buffer preallocated.</summary>
        public RunSequencer()
        {
            ClearRunRecord();
        }

        /// <summary>Current state.</summary>
        public RunState State { get { return _state; } }

        /// <summary>True while the heater should regulate (PreWarming, Ready, Running, SampleDue).</summary>
        public bool HeaterEnabled { get { return IsActive(_state); } }

        /// <summary>True while the drum should turn: Running, and SampleDue when the plan keeps
        /// rotation on during sampling and the exposure is not over yet.</summary>
        public bool RotationEnabled
        {
            get
            {
                if (_state == RunState.Running)
                {
                    return true;
                }

                return _state == RunState.SampleDue && !_exposureComplete && _plan.ContinueRotationWhileSampleDue;
            }
        }

        /// <summary>Set-point of the current (or last) plan, °C; apply it only while
        /// <see cref="HeaterEnabled"/>.</summary>
        public double TargetTemperatureCelsius { get { return _plan.TargetTemperatureCelsius; } }

        /// <summary>Commanded drum speed, rpm: the plan's speed while
        /// <see cref="RotationEnabled"/>, otherwise 0.</summary>
        public double TargetSpeedRpm { get { return RotationEnabled ? _plan.SpeedRpm : 0.0; } }

        /// <summary>Starts a run from Idle or a terminal state: validates and copies
        /// <paramref name="plan"/>, clears the previous run's record, heater on, gate restarted.
        /// Checks, in order: time, state, plan (null, then <see cref="RunPlan.Validate"/>).</summary>
        public RunRefusal StartPrewarm(double nowSeconds, RunPlan plan)
        {
            RunRefusal refusal = CheckTime(nowSeconds);
            if (refusal != RunRefusal.None)
            {
                return refusal;
            }

            if (IsActive(_state))
            {
                return RunRefusal.WrongState;
            }

            if (plan == null)
            {
                return RunRefusal.PlanMissing;
            }

            refusal = plan.Validate();
            if (refusal != RunRefusal.None)
            {
                return refusal;
            }

            ClearRunRecord();
            _plan.CopyFrom(plan);
            _schedule.Load(_plan);
            _gate.Configure(_plan.StabilityBandCelsius, _plan.StabilityHoldSeconds);
            _prewarmStartedAtSeconds = nowSeconds;
            _lastTimeSeconds = nowSeconds;
            SetState(RunState.PreWarming, nowSeconds);
            return RunRefusal.None;
        }

        /// <summary>Advances the run to <paramref name="nowSeconds"/> with the control sensor's
        /// reading, °C. PreWarming/Ready: evaluates the stability gate (a NaN reading counts as
        /// out of band). Running/SampleDue: raises due samples and ends the exposure; the
        /// temperature is not used there. A NaN, infinite or backward time is ignored and
        /// counted in <see cref="IgnoredUpdateCount"/>.</summary>
        public void Update(double nowSeconds, double controlTemperatureCelsius)
        {
            if (CheckTime(nowSeconds) != RunRefusal.None)
            {
                _ignoredUpdateCount++;
                return;
            }

            _lastTimeSeconds = nowSeconds;
            if (_state == RunState.PreWarming)
            {
                if (_gate.Evaluate(nowSeconds, controlTemperatureCelsius, _plan.TargetTemperatureCelsius))
                {
                    _gateMetAtSeconds = nowSeconds;
                    SetState(RunState.Ready, nowSeconds);
                }
            }
            else if (_state == RunState.Ready)
            {
                if (!_gate.Evaluate(nowSeconds, controlTemperatureCelsius, _plan.TargetTemperatureCelsius))
                {
                    _gateMetAtSeconds = double.NaN;
                    _stabilityLossCount++;
                    SetState(RunState.PreWarming, nowSeconds);
                }
            }
            else if (_state == RunState.Running || _state == RunState.SampleDue)
            {
                _schedule.RaiseDue(nowSeconds);
                if (!_exposureComplete && nowSeconds >= _t0Seconds + _plan.ExposureSeconds)
                {
                    _exposureComplete = true;
                    _exposureEndedAtSeconds = nowSeconds;
                }

                SettleExposureState(nowSeconds);
            }
        }

        /// <summary>Ready → Running: the loops are loaded, t0 = <paramref name="nowSeconds"/>.
        /// Samples at offset 0 are due at once (state SampleDue). Refused with
        /// <see cref="RunRefusal.TemperatureNotStable"/> while PreWarming.</summary>
        public RunRefusal ConfirmLoaded(double nowSeconds)
        {
            RunRefusal refusal = CheckTime(nowSeconds);
            if (refusal != RunRefusal.None)
            {
                return refusal;
            }

            if (_state == RunState.PreWarming)
            {
                return RunRefusal.TemperatureNotStable;
            }

            if (_state != RunState.Ready)
            {
                return RunRefusal.WrongState;
            }

            _lastTimeSeconds = nowSeconds;
            _t0Seconds = nowSeconds;
            _schedule.Start(nowSeconds);
            _schedule.RaiseDue(nowSeconds);
            SettleExposureState(nowSeconds);
            return RunRefusal.None;
        }

        /// <summary>Records that sample <paramref name="sampleIndex"/> was taken at
        /// <paramref name="nowSeconds"/>. Allowed in Running and SampleDue; samples are
        /// acknowledged in schedule order, each once, only once due. SampleDue → Running when
        /// the queue empties, or → Completed when the exposure is also over.</summary>
        public RunRefusal AcknowledgeSample(double nowSeconds, int sampleIndex)
        {
            RunRefusal refusal = CheckTime(nowSeconds);
            if (refusal != RunRefusal.None)
            {
                return refusal;
            }

            if (_state != RunState.Running && _state != RunState.SampleDue)
            {
                return RunRefusal.WrongState;
            }

            refusal = _schedule.CheckAcknowledge(sampleIndex);
            if (refusal != RunRefusal.None)
            {
                return refusal;
            }

            _lastTimeSeconds = nowSeconds;
            _schedule.AcknowledgeOldest(nowSeconds);
            SettleExposureState(nowSeconds);
            return RunRefusal.None;
        }

        /// <summary>Active state → Aborted with <paramref name="reason"/> (not None); heater and
        /// rotation off, exposure clock stopped. Checks time, then state, then reason.</summary>
        public RunRefusal Abort(double nowSeconds, AbortReason reason)
        {
            RunRefusal refusal = CheckTime(nowSeconds);
            if (refusal != RunRefusal.None)
            {
                return refusal;
            }

            if (!IsActive(_state))
            {
                return RunRefusal.WrongState;
            }

            if (reason < AbortReason.Operator || reason > AbortReason.PowerLost)
            {
                return RunRefusal.InvalidAbortReason;
            }

            _lastTimeSeconds = nowSeconds;
            _abortReason = reason;
            StopExposureClock(nowSeconds);
            SetState(RunState.Aborted, nowSeconds);
            return RunRefusal.None;
        }

        /// <summary>Active state → Faulted with <paramref name="code"/>; heater and rotation off.
        /// Ignored for <see cref="FaultCode.None"/> and outside the active states (the first
        /// cause of a finished run is kept). A fault is never lost to a bad clock: if
        /// <paramref name="nowSeconds"/> is NaN, infinite or backward, the latest accepted time
        /// is recorded instead.</summary>
        public void Fault(double nowSeconds, FaultCode code)
        {
            if (code == FaultCode.None || !IsActive(_state))
            {
                return;
            }

            double timeSeconds = CheckTime(nowSeconds) == RunRefusal.None ? nowSeconds : _lastTimeSeconds;
            _lastTimeSeconds = timeSeconds;
            _faultCode = code;
            StopExposureClock(timeSeconds);
            SetState(RunState.Faulted, timeSeconds);
        }

        /// <summary>Completed, Aborted or Faulted → Idle, clearing the run's record (read it
        /// first). Accepted without effect in Idle; refused in an active state (abort first).</summary>
        public RunRefusal Reset()
        {
            if (IsActive(_state))
            {
                return RunRefusal.WrongState;
            }

            if (_state != RunState.Idle)
            {
                ClearRunRecord();
                SetState(RunState.Idle, _lastTimeSeconds);
            }

            return RunRefusal.None;
        }

        private static bool IsActive(RunState state)
        {
            return state >= RunState.PreWarming && state <= RunState.SampleDue;
        }

        private RunRefusal CheckTime(double nowSeconds)
        {
            if (double.IsNaN(nowSeconds) || double.IsInfinity(nowSeconds))
            {
                return RunRefusal.InvalidTime;
            }

            return nowSeconds < _lastTimeSeconds ? RunRefusal.TimeWentBackwards : RunRefusal.None;
        }

        /// <summary>Running/SampleDue/Completed from the queue and the exposure clock.</summary>
        private void SettleExposureState(double nowSeconds)
        {
            RunState next = RunState.Running;
            if (_schedule.PendingCount > 0)
            {
                next = RunState.SampleDue;
            }
            else if (_exposureComplete)
            {
                next = RunState.Completed;
            }

            if (next != _state)
            {
                SetState(next, nowSeconds);
            }
        }

        private void StopExposureClock(double nowSeconds)
        {
            if (!double.IsNaN(_t0Seconds) && double.IsNaN(_exposureEndedAtSeconds))
            {
                _exposureEndedAtSeconds = nowSeconds;
            }
        }

        private void SetState(RunState state, double nowSeconds)
        {
            _state = state;
            _lastStateChangeSeconds = nowSeconds;
            _stateChangeCount++;
        }

        private void ClearRunRecord()
        {
            _gate.Restart();
            _schedule.Clear();
            _prewarmStartedAtSeconds = double.NaN;
            _gateMetAtSeconds = double.NaN;
            _stabilityLossCount = 0;
            _t0Seconds = double.NaN;
            _exposureEndedAtSeconds = double.NaN;
            _exposureComplete = false;
            _abortReason = AbortReason.None;
            _faultCode = FaultCode.None;
        }
    }
}
