namespace ChandlerLoop.Control.Rig
{
    /// <summary>What the buzzer/LED should signal; the driver chooses the pattern. Numbers are
    /// stable: append only.</summary>
    public enum RigIndication
    {
        /// <summary>Nothing to signal.</summary>
        None = 0,
        /// <summary>A sample is due: prompt the operator (audible and visual).</summary>
        SampleDue = 1,
        /// <summary>The run completed: the loops can be drained.</summary>
        RunCompleted = 2,
        /// <summary>A safety fault is latched.</summary>
        Fault = 3,
    }
}
