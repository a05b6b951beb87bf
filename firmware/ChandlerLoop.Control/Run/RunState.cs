namespace ChandlerLoop.Control.Run
{
    /// <summary>
    /// Where a run is in its life on the rig. The numbers are part of the rig protocol and of
    /// stored records: never renumber, only append. See docs/run-sequencer.md for the state table.
    /// </summary>
    public enum RunState
    {
        /// <summary>No run: heater and rotation off. A plan may be started.</summary>
        Idle = 0,
        /// <summary>Heater on toward the set-point, rotation off; the stability gate is being
        /// evaluated.</summary>
        PreWarming = 1,
        /// <summary>The stability gate is met: the operator may load the loops and confirm.
        /// Heater on, rotation off.</summary>
        Ready = 2,
        /// <summary>Loops loaded, exposure clock running from t0, rotation on, no sample
        /// waiting.</summary>
        Running = 3,
        /// <summary>At least one scheduled sample is due and not yet acknowledged. The exposure
        /// clock keeps running.</summary>
        SampleDue = 4,
        /// <summary>Exposure over and every sample acknowledged. Terminal.</summary>
        Completed = 5,
        /// <summary>Stopped on request, with an <see cref="AbortReason"/>. Terminal.</summary>
        Aborted = 6,
        /// <summary>Stopped by the safety supervisor, with a fault code. Terminal.</summary>
        Faulted = 7,
    }
}
