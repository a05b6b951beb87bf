namespace ChandlerLoop.Protocol.Topics;

/// <summary>The last level of a rig topic, <c>chandler/v1/{rig}/{kind}</c> (docs/protocol.md, "Transport").</summary>
public enum RigTopicKind
{
    /// <summary><c>status</c>: rig → host, QoS 1, retained; the last will lives here.</summary>
    Status,

    /// <summary><c>telemetry</c>: rig → host, QoS 0 live and QoS 1 replay.</summary>
    Telemetry,

    /// <summary><c>events</c>: rig → host, QoS 1.</summary>
    Events,

    /// <summary><c>commands</c>: host → rig, QoS 1.</summary>
    Commands,
}
