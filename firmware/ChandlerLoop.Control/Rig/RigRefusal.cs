namespace ChandlerLoop.Control.Rig
{
    /// <summary>Why a <see cref="RigController"/> command was refused; None means accepted and
    /// a refused command changes nothing. Numbers are stable: append only.</summary>
    public enum RigRefusal
    {
        /// <summary>Accepted.</summary>
        None = 0,
        /// <summary>A safety fault is latched: clear it first (ClearFault).</summary>
        Faulted = 1,
        /// <summary>The set-point is above the over-temperature limit minus the set-point margin.</summary>
        SetpointAboveSafetyLimit = 2,
        /// <summary>The run sequencer refused; the reason is in
        /// <see cref="RigController.LastRunRefusal"/>.</summary>
        RunRefused = 3,
        /// <summary>ClearFault: no fault is latched.</summary>
        NotFaulted = 4,
        /// <summary>ClearFault: a fault condition is still present (see
        /// SafetySupervisor.PresentCondition); remove the cause first.</summary>
        ConditionPersists = 5,
        /// <summary>No temperature controller was given.</summary>
        ControllerMissing = 6,
        /// <summary>The PID gains are invalid (see PidGains.Validate).</summary>
        InvalidGains = 7,
        /// <summary>Gains can only be changed while a PidController is the active controller.</summary>
        NotPidController = 8,
        /// <summary>An autotune is running: cancel it or wait for it to finish.</summary>
        AutotuneRunning = 9,
        /// <summary>Autotune needs an idle rig (no run active).</summary>
        NotIdle = 10,
    }
}
