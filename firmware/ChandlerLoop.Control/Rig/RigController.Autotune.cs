using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Rig
{
    /// <summary>
    /// Autotune hand-over: the relay autotuner installs itself as the active temperature
    /// controller and, when it completes or aborts, the controller that was active before is put
    /// back (the way Klipper's PID calibration does it). The result stays readable in
    /// <see cref="LastAutotuner"/>; applying its gains is a separate, explicit step
    /// (<see cref="ChangePidGains"/>), so a lab engineer can review them before they are used and
    /// stored. Autotune heats only on an idle rig, under the same safety supervisor as a run.
    /// </summary>
    public sealed partial class RigController
    {
        private RelayAutotuner _autotuner;
        private RelayAutotuner _lastAutotuner;
        private ITemperatureController _controllerBeforeAutotune;
        private double _autotuneTargetCelsius;

        /// <summary>True while an autotune is the active controller.</summary>
        public bool IsAutotuning { get { return _autotuner != null; } }

        /// <summary>The most recent autotuner (running or finished), or null if none has run.
        /// Its State, AbortReason and Result say how it ended and what it measured.</summary>
        public RelayAutotuner LastAutotuner { get { return _lastAutotuner; } }

        /// <summary>True when the latest tick finished an autotune (completed or aborted) and
        /// restored the previous controller; false again from the next tick.</summary>
        public bool AutotuneJustFinished { get; private set; }

        /// <summary>Starts a relay autotune around <paramref name="targetCelsius"/>. Refused while
        /// a fault is latched, while a run is active (the sequencer must be Idle or finished), when
        /// the target is at or above the safety limit minus margin, or when one is already running.
        /// The tuner is restarted, so it can be reused.</summary>
        public RigRefusal StartAutotune(RelayAutotuner tuner, double targetCelsius)
        {
            if (tuner == null)
            {
                return RigRefusal.ControllerMissing;
            }

            if (_supervisor.IsFaulted)
            {
                return RigRefusal.Faulted;
            }

            if (_autotuner != null)
            {
                return RigRefusal.AutotuneRunning;
            }

            RunState state = _sequencer.State;
            if (state != RunState.Idle && state != RunState.Completed && state != RunState.Aborted
                && state != RunState.Faulted)
            {
                return RigRefusal.NotIdle;
            }

            if (!(targetCelsius >= RunPlan.MinTargetTemperatureCelsius)
                || !_supervisor.IsSetpointBelowLimit(targetCelsius))
            {
                return RigRefusal.SetpointAboveSafetyLimit;
            }

            tuner.Restart();
            _controllerBeforeAutotune = _controller;
            _controller = tuner;
            _autotuner = tuner;
            _lastAutotuner = tuner;
            _autotuneTargetCelsius = targetCelsius;
            _controllerRunning = false;
            return RigRefusal.None;
        }

        /// <summary>Stops a running autotune: heater duty 0 from the next tick, previous controller
        /// restored, the tuner reports Aborted (Cancelled). Refused (NotIdle) when none runs.</summary>
        public RigRefusal CancelAutotune()
        {
            if (_autotuner == null)
            {
                return RigRefusal.NotIdle;
            }

            _autotuner.Cancel();
            return RigRefusal.None;
        }

        private void FinishAutotuneIfDone()
        {
            AutotuneJustFinished = false;
            if (_autotuner == null)
            {
                return;
            }

            AutotuneState state = _autotuner.State;
            if (state != AutotuneState.Completed && state != AutotuneState.Aborted)
            {
                return;
            }

            // The tuner returned duty 0 for this tick; the restored controller starts afresh
            // (bumpless from that 0) when heating is next wanted.
            _controller = _controllerBeforeAutotune;
            _controllerBeforeAutotune = null;
            _autotuner = null;
            _controllerRunning = false;
            AutotuneJustFinished = true;
        }
    }
}
