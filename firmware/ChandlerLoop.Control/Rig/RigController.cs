using System;
using ChandlerLoop.Control.Rotation;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Rig
{
    /// <summary>
    /// One control tick of the whole rig, composed from the core's parts. <see cref="Tick"/>, in
    /// order: control-loop deadline check (time since the previous tick) → drum speed measurement
    /// and stall rule → safety supervisor (on a new latch: <c>RunSequencer.Fault</c>) → run
    /// sequencer update → active temperature controller (only while the run heats and no fault is
    /// latched; otherwise duty 0 in the same tick) → rotation ramp (stopped at once on a fault or
    /// an abort, ramped down when the run stops rotating) → outputs.
    /// Commands go through here and are refused with a <see cref="RigRefusal"/>; a latched fault
    /// refuses a new run (and so a new set-point). The temperature controller can be swapped at
    /// run time without a bump. <see cref="CheckWatchdog"/> is the separate watchdog path.
    /// Not thread-safe: the firmware serialises Tick, commands and the watchdog (one lock).
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed partial class RigController
    {
        private readonly SafetySupervisor _supervisor;
        private readonly RotationController _rotation;
        private readonly RunSequencer _sequencer;
        private readonly SafetyInputs _safetyInputs = new SafetyInputs();
        private ITemperatureController _controller;

        private bool _hasTicked;
        private double _lastTickSeconds;
        private bool _controllerRunning;
        private double _lastControllerSeconds;
        private double _lastDuty;
        private double _lastControlCelsius = double.NaN;

        /// <summary>Composes the rig from its parts (built and validated by the caller).</summary>
        /// <exception cref="ArgumentException">A part is missing.</exception>
        public RigController(SafetySupervisor supervisor, RotationController rotation, RunSequencer sequencer,
            ITemperatureController temperatureController)
        {
            if (supervisor == null || rotation == null || sequencer == null || temperatureController == null)
            {
                throw new ArgumentException("RigController needs a supervisor, a rotation controller, a sequencer and a temperature controller.");
            }

            _supervisor = supervisor;
            _rotation = rotation;
            _sequencer = sequencer;
            _controller = temperatureController;
        }

        /// <summary>The safety supervisor.</summary>
        public SafetySupervisor Supervisor { get { return _supervisor; } }

        /// <summary>The run sequencer (read its state and record here; send commands through the
        /// rig controller).</summary>
        public RunSequencer Sequencer { get { return _sequencer; } }

        /// <summary>The rotation controller.</summary>
        public RotationController Rotation { get { return _rotation; } }

        /// <summary>The active temperature controller.</summary>
        public ITemperatureController TemperatureController { get { return _controller; } }

        /// <summary>Heater duty decided by the latest tick, 0..1.</summary>
        public double HeaterDuty { get { return _lastDuty; } }

        /// <summary>The sequencer's reason for the latest <see cref="RigRefusal.RunRefused"/>.</summary>
        public RunRefusal LastRunRefusal { get; private set; }

        /// <summary>Runs one control tick with <paramref name="inputs"/> and fills
        /// <paramref name="outputs"/>.</summary>
        public void Tick(RigInputs inputs, RigOutputs outputs)
        {
            double now = inputs.NowSeconds;
            if (_hasTicked)
            {
                _supervisor.CheckControlLoop(now, _lastTickSeconds);
            }

            _rotation.Measure(now, inputs.DrumPulseCount);

            _safetyInputs.NowSeconds = now;
            _safetyInputs.ControlCelsius = inputs.ControlCelsius;
            _safetyInputs.ControlReadingSeconds = inputs.ControlReadingSeconds;
            _safetyInputs.SafetyCelsius = inputs.SafetyCelsius;
            _safetyInputs.SafetyReadingSeconds = inputs.SafetyReadingSeconds;
            _safetyInputs.AppliedHeaterDuty = _lastDuty;
            _safetyInputs.MotorStalled = _rotation.IsStalled;
            _safetyInputs.CommandedRpm = _rotation.CommandedRpm;
            _safetyInputs.MeasuredRpm = _rotation.StallWindowRpm;
            _safetyInputs.MotorStallSeconds = _rotation.StallSeconds;
            FaultCode fault = _supervisor.Evaluate(_safetyInputs);
            if (fault != FaultCode.None)
            {
                _sequencer.Fault(now, fault);
            }

            _sequencer.Update(now, inputs.ControlCelsius);
            _lastControlCelsius = inputs.ControlCelsius;

            if (fault != FaultCode.None && _autotuner != null)
            {
                _autotuner.Cancel();
            }

            double duty = 0.0;
            bool heat = fault == FaultCode.None && (_sequencer.HeaterEnabled || _autotuner != null);
            double target = _autotuner != null ? _autotuneTargetCelsius : _sequencer.TargetTemperatureCelsius;
            if (heat)
            {
                double elapsed = 0.0;
                if (!_controllerRunning)
                {
                    _controller.Reset(inputs.ControlCelsius, target, _lastDuty);
                    _controllerRunning = true;
                }
                else
                {
                    elapsed = now - _lastControllerSeconds;
                }

                _lastControllerSeconds = now;
                duty = SanitiseDuty(_controller.Update(elapsed, inputs.ControlCelsius, target));
            }
            else
            {
                _controllerRunning = false;
            }

            _lastDuty = duty;
            FinishAutotuneIfDone();

            if (fault != FaultCode.None || _sequencer.State == RunState.Aborted)
            {
                _rotation.StopImmediately(now);
            }
            else
            {
                _rotation.Drive(now, _sequencer.TargetSpeedRpm, _sequencer.RotationEnabled);
            }

            _hasTicked = true;
            _lastTickSeconds = now;
            FillOutputs(outputs, heat, target);
        }

        /// <summary>The watchdog path: latches <see cref="FaultCode.ControlLoopStalled"/> when the
        /// last tick is older than the deadline, faults the run, and returns the latched code.
        /// When the result is not None the caller must switch the heater PWM off itself (the
        /// control loop is not running to do it). Before the first tick nothing is checked.</summary>
        public FaultCode CheckWatchdog(double nowSeconds)
        {
            if (!_hasTicked)
            {
                return _supervisor.Fault.Code;
            }

            FaultCode fault = _supervisor.CheckControlLoop(nowSeconds, _lastTickSeconds);
            if (fault != FaultCode.None)
            {
                _lastDuty = 0.0;
                _controllerRunning = false;
                _sequencer.Fault(nowSeconds, fault);
            }

            return fault;
        }

        /// <summary>Starts pre-warming with <paramref name="plan"/> (its set-point included).
        /// Refused while a fault is latched, when the set-point is above the safety limit minus
        /// margin, or when the sequencer refuses (reason in <see cref="LastRunRefusal"/>).</summary>
        public RigRefusal StartPrewarm(double nowSeconds, RunPlan plan)
        {
            if (_supervisor.IsFaulted)
            {
                return RigRefusal.Faulted;
            }

            if (_autotuner != null)
            {
                return RigRefusal.AutotuneRunning;
            }

            if (plan != null && !_supervisor.IsSetpointBelowLimit(plan.TargetTemperatureCelsius)
                && plan.Validate() == RunRefusal.None)
            {
                return RigRefusal.SetpointAboveSafetyLimit;
            }

            RigRefusal refusal = FromRun(_sequencer.StartPrewarm(nowSeconds, plan));
            if (refusal == RigRefusal.None)
            {
                _controllerRunning = false;
            }

            return refusal;
        }

        /// <summary>Ready → Running (loops loaded, t0 = now).</summary>
        public RigRefusal ConfirmLoaded(double nowSeconds)
        {
            if (_supervisor.IsFaulted)
            {
                return RigRefusal.Faulted;
            }

            return FromRun(_sequencer.ConfirmLoaded(nowSeconds));
        }

        /// <summary>Records that sample <paramref name="sampleIndex"/> was taken.</summary>
        public RigRefusal AcknowledgeSample(double nowSeconds, int sampleIndex)
        {
            return FromRun(_sequencer.AcknowledgeSample(nowSeconds, sampleIndex));
        }

        /// <summary>Aborts the run (heater off; the drum stops at the next tick).</summary>
        public RigRefusal Abort(double nowSeconds, AbortReason reason)
        {
            return FromRun(_sequencer.Abort(nowSeconds, reason));
        }

        /// <summary>Returns a finished run (Completed, Aborted, Faulted) to Idle.</summary>
        public RigRefusal ResetRun()
        {
            return FromRun(_sequencer.Reset());
        }

        /// <summary>Clears the latched fault if its cause is gone (as seen at the latest tick).
        /// The faulted run stays Faulted; start a new one afterwards.</summary>
        public RigRefusal ClearFault()
        {
            FaultClearRefusal refusal = _supervisor.Clear();
            if (refusal == FaultClearRefusal.NotFaulted)
            {
                return RigRefusal.NotFaulted;
            }

            return refusal == FaultClearRefusal.ConditionPersists ? RigRefusal.ConditionPersists : RigRefusal.None;
        }

        /// <summary>Installs another temperature controller without a bump: while regulating, the
        /// new one is reset to continue from the current duty at the latest reading.</summary>
        public RigRefusal SetTemperatureController(ITemperatureController controller)
        {
            if (controller == null)
            {
                return RigRefusal.ControllerMissing;
            }

            if (_controllerRunning)
            {
                controller.Reset(_lastControlCelsius, _sequencer.TargetTemperatureCelsius, _lastDuty);
            }

            _controller = controller;
            return RigRefusal.None;
        }

        /// <summary>Changes the gains of the active <see cref="PidController"/> without a bump.</summary>
        public RigRefusal ChangePidGains(PidGains gains)
        {
            PidController pid = _controller as PidController;
            if (pid == null)
            {
                return RigRefusal.NotPidController;
            }

            if (gains == null || gains.Validate() != PidGainsCheck.Valid)
            {
                return RigRefusal.InvalidGains;
            }

            pid.ChangeGains(gains);
            return RigRefusal.None;
        }

        private RigRefusal FromRun(RunRefusal refusal)
        {
            if (refusal == RunRefusal.None)
            {
                return RigRefusal.None;
            }

            LastRunRefusal = refusal;
            return RigRefusal.RunRefused;
        }

        private void FillOutputs(RigOutputs outputs, bool heating, double target)
        {
            FaultRecord fault = _supervisor.Fault;
            RunState state = _sequencer.State;
            outputs.HeaterDuty = _lastDuty;
            outputs.StepFrequencyHz = _rotation.StepFrequencyHz;
            outputs.MotorEnabled = _rotation.MotorEnabled;
            outputs.State = state;
            outputs.FaultCode = fault.Code;
            outputs.Fault.CopyFrom(fault);
            outputs.TargetTemperatureCelsius = heating ? target : double.NaN;
            outputs.CommandedRpm = _rotation.CommandedRpm;
            outputs.MeasuredRpm = _rotation.MeasuredRpm;

            RigIndication indication = RigIndication.None;
            if (fault.Code != FaultCode.None)
            {
                indication = RigIndication.Fault;
            }
            else if (state == RunState.SampleDue)
            {
                indication = RigIndication.SampleDue;
            }
            else if (state == RunState.Completed)
            {
                indication = RigIndication.RunCompleted;
            }

            outputs.Indication = indication;
            outputs.BuzzerOn = indication == RigIndication.Fault || indication == RigIndication.SampleDue;
        }

        private static double SanitiseDuty(double duty)
        {
            // A controller bug (NaN, out of range) must never reach the heater.
            if (!(duty > 0.0))
            {
                return 0.0;
            }

            return duty > 1.0 ? 1.0 : duty;
        }
    }
}
