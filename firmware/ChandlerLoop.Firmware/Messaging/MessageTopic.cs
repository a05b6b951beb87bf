namespace ChandlerLoop.Firmware.Messaging
{
    /// <summary>Which of the rig's topics a queued message goes to (docs/protocol.md).</summary>
    public enum MessageTopic
    {
        /// <summary><c>chandler/v1/{rig}/status</c>, QoS 1, retained.</summary>
        Status = 0,
        /// <summary><c>chandler/v1/{rig}/telemetry</c>, QoS 0 live.</summary>
        Telemetry = 1,
        /// <summary><c>chandler/v1/{rig}/telemetry</c>, QoS 1, a back-filled record.</summary>
        TelemetryReplay = 2,
        /// <summary><c>chandler/v1/{rig}/events</c>, QoS 1.</summary>
        Events = 3,
    }
}
