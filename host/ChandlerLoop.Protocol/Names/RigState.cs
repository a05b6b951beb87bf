namespace ChandlerLoop.Protocol.Names;

/// <summary>
/// Run state of a rig as it appears on the wire (docs/protocol.md, "Names"). The wire name of each value
/// is its snake-case form (<see cref="ProtocolNames"/>); the numeric values carry no meaning on the wire.
/// </summary>
public enum RigState
{
    /// <summary><c>idle</c>: no run in progress.</summary>
    Idle,

    /// <summary><c>prewarming</c>: heating to the set-point before loading.</summary>
    PreWarming,

    /// <summary><c>ready</c>: temperature stable; waiting for the operator to confirm the loops are loaded.</summary>
    Ready,

    /// <summary><c>running</c>: rotating; the exposure clock runs from t0.</summary>
    Running,

    /// <summary><c>sample_due</c>: a sample's time has come and it is not yet acknowledged.</summary>
    SampleDue,

    /// <summary><c>completed</c>: the exposure time elapsed.</summary>
    Completed,

    /// <summary><c>aborted</c>: the run was stopped before the end (see the abort reason).</summary>
    Aborted,

    /// <summary><c>faulted</c>: a safety fault stopped the run.</summary>
    Faulted,
}
