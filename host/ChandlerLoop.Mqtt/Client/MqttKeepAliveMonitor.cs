namespace ChandlerLoop.Mqtt.Client;

/// <summary>What the keep-alive check decided.</summary>
internal enum MqttKeepAliveAction
{
    None,
    SendPing,
    ConnectionLost,
}

/// <summary>
/// Keep-alive rule (MQTT 3.1.1 §3.1.2.10), pure: a PINGREQ goes out when nothing was sent or nothing
/// was received for 0.75 × keep-alive (so the broker hears from us well before its 1.5 × deadline,
/// and a silent broker is probed); the connection is lost when nothing at all arrived for
/// 1.5 × keep-alive. Checked every keep-alive / 4, so a dead link is found within 1.75 × keep-alive.
/// </summary>
internal static class MqttKeepAliveMonitor
{
    public static MqttKeepAliveAction Evaluate(TimeSpan now, TimeSpan lastSent, TimeSpan lastReceived, bool pingOutstanding, TimeSpan keepAlive)
    {
        if (keepAlive <= TimeSpan.Zero)
        {
            return MqttKeepAliveAction.None;
        }

        TimeSpan sinceReceived = now - lastReceived;
        if (sinceReceived >= keepAlive * 1.5)
        {
            return MqttKeepAliveAction.ConnectionLost;
        }

        TimeSpan pingThreshold = keepAlive * 0.75;
        if (!pingOutstanding && (now - lastSent >= pingThreshold || sinceReceived >= pingThreshold))
        {
            return MqttKeepAliveAction.SendPing;
        }

        return MqttKeepAliveAction.None;
    }

    /// <summary>How often the rule is evaluated: a quarter of the keep-alive.</summary>
    public static TimeSpan CheckInterval(TimeSpan keepAlive) => keepAlive / 4;
}
