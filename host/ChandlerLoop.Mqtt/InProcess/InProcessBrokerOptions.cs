namespace ChandlerLoop.Mqtt;

/// <summary>
/// Settings of an <see cref="InProcessMqttBroker"/>: optional authentication and ACL, and the
/// per-session queue limit. The defaults accept every client and every topic.
/// </summary>
public sealed class InProcessBrokerOptions
{
    /// <summary>Default for <see cref="MaxQueuedMessagesPerSession"/>.</summary>
    public const int DefaultMaxQueuedMessagesPerSession = 100_000;

    /// <summary>
    /// User name to password. Null: no authentication. Otherwise a client without a user name is
    /// refused with CONNACK 5 (not authorized) and a wrong user name or password with CONNACK 4.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Users { get; init; }

    /// <summary>
    /// Access control: return true to allow. Null allows everything. As with Mosquitto and MQTT 3.1.1,
    /// a refused publish is still acknowledged and silently dropped (counted in
    /// <see cref="InProcessMqttBroker.DeniedPublishCount"/>); a refused subscription gets a SUBACK
    /// failure; a refused receive is skipped for that subscriber.
    /// </summary>
    public Func<InProcessAclRequest, bool>? Authorize { get; init; }

    /// <summary>
    /// Messages a session may hold (waiting for delivery, online or offline); more are dropped for that
    /// session and counted in <see cref="InProcessMqttBroker.DroppedMessageCount"/>. 1 or more.
    /// </summary>
    public int MaxQueuedMessagesPerSession { get; init; } = DefaultMaxQueuedMessagesPerSession;

    /// <summary>Also queue QoS 0 messages for offline persistent sessions (Mosquitto's queue_qos0_messages; default off).</summary>
    public bool QueueQos0Messages { get; init; }
}
