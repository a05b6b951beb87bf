namespace ChandlerLoop.Control.Safety
{
    /// <summary>Why <see cref="SafetySupervisor.Clear"/> refused. Numbers are stable: append only.</summary>
    public enum FaultClearRefusal
    {
        /// <summary>The fault was cleared.</summary>
        None = 0,
        /// <summary>No fault is latched: nothing to clear.</summary>
        NotFaulted = 1,
        /// <summary>A fault condition is still present (see
        /// <see cref="SafetySupervisor.PresentCondition"/>): remove the cause first.</summary>
        ConditionPersists = 2,
    }
}
