namespace ChandlerLoop.Control.Run
{
    /// <summary>
    /// Why a run was aborted on request. The numbers are part of the rig protocol and of stored
    /// records: never renumber, only append. <see cref="None"/> is not a valid argument of
    /// <see cref="RunSequencer.Abort"/>; it is the value reported while the run was not aborted.
    /// </summary>
    public enum AbortReason
    {
        /// <summary>The run was not aborted.</summary>
        None = 0,
        /// <summary>The operator stopped the run at the rig (button or local display).</summary>
        Operator = 1,
        /// <summary>The host application stopped the run (a user's command; the host keeps the
        /// user's free-text reason in its audit trail).</summary>
        Host = 2,
        /// <summary>The lid was opened while a run was active and the rig is configured to stop
        /// then.</summary>
        LidOpened = 3,
        /// <summary>The rig restarted during an active run and the run cannot be resumed.</summary>
        PowerLost = 4,
    }
}
