namespace ChandlerLoop.Simulator.Messaging;

/// <summary>What a rig publishes, which fixes topic, QoS and retain (docs/protocol.md "Topics").</summary>
public enum RigMessageKind
{
    /// <summary><c>status</c>, QoS 1, retained.</summary>
    Status,

    /// <summary>Live <c>telemetry</c>, QoS 0.</summary>
    Telemetry,

    /// <summary>Back-filled <c>telemetry</c> (<c>replay: true</c>), QoS 1.</summary>
    TelemetryReplay,

    /// <summary><c>events</c>, QoS 1.</summary>
    Event,
}
