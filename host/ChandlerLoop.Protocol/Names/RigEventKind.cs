namespace ChandlerLoop.Protocol.Names;

/// <summary>The <c>event</c> field of an event message (docs/protocol.md, "events").</summary>
public enum RigEventKind
{
    /// <summary><c>state_changed</c>.</summary>
    StateChanged,

    /// <summary><c>sample_due</c>.</summary>
    SampleDue,

    /// <summary><c>sample_taken</c>.</summary>
    SampleTaken,

    /// <summary><c>fault</c>.</summary>
    Fault,

    /// <summary><c>fault_cleared</c>.</summary>
    FaultCleared,

    /// <summary><c>command_result</c>.</summary>
    CommandResult,

    /// <summary><c>message_rejected</c>.</summary>
    MessageRejected,

    /// <summary><c>autotune_result</c>.</summary>
    AutotuneResult,
}
