namespace ChandlerLoop.Mqtt;

/// <summary>
/// Broker-side state of one client id: its subscriptions and the messages waiting for it. Outlives
/// connections when the session is persistent (clean session false). Guarded by the broker's lock.
/// </summary>
internal sealed class InProcessSession
{
    public InProcessSession(string clientId)
    {
        ClientId = clientId;
    }

    public string ClientId { get; }

    /// <summary>Discard the session when its connection ends.</summary>
    public bool CleanSession { get; set; }

    /// <summary>User name of the current or last connection (for receive ACL checks while offline).</summary>
    public string? UserName { get; set; }

    /// <summary>Topic filter to granted QoS.</summary>
    public Dictionary<string, MqttQualityOfServiceLevel> Subscriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Messages in delivery order. A QoS 1 message stays at the head until its handler completed
    /// (the PUBACK), so a connection lost meanwhile re-delivers it with DUP set.
    /// </summary>
    public LinkedList<InProcessDelivery> Queue { get; } = new();

    /// <summary>The open connection, or null while the client is offline.</summary>
    public InProcessConnection? Connection { get; set; }
}
