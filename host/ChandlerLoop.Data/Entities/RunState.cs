namespace ChandlerLoop.Data.Entities;

/// <summary>
/// Run lifecycle (DESIGN "Run lifecycle", DOMAIN §4): the rig's states, then the host-only states
/// after the exposure. Stored as text so the database stays readable and stable if members are added.
/// </summary>
public enum RunState
{
    /// <summary>Set up on the host, not yet sent to a rig.</summary>
    Draft,
    /// <summary>Rig heating toward the set-point.</summary>
    PreWarming,
    /// <summary>Temperature gate met, waiting for loading.</summary>
    Ready,
    /// <summary>Rotating, exposure clock running from t0.</summary>
    Running,
    /// <summary>At least one sample is due.</summary>
    SampleDue,
    /// <summary>Exposure completed.</summary>
    Completed,
    /// <summary>Aborted by a user (reason recorded).</summary>
    Aborted,
    /// <summary>Stopped by a rig fault.</summary>
    Faulted,
    /// <summary>Host: results entered.</summary>
    ResultsEntered,
    /// <summary>Host: reviewed.</summary>
    Reviewed,
    /// <summary>Host: approved; the run is locked.</summary>
    Approved,
}
