namespace ChandlerLoop.Mqtt;

/// <summary>
/// Validated, immutable client settings produced by <see cref="MqttClientOptionsBuilder"/>.
/// </summary>
public sealed class MqttClientOptions
{
    internal MqttClientOptions()
    {
    }

    /// <summary>Broker host name or address; null when not set (the in-process broker ignores it).</summary>
    public string? Host { get; internal init; }

    /// <summary>Broker TCP port (1883 plain, 8883 TLS by convention).</summary>
    public int Port { get; internal init; }

    /// <summary>Client identifier sent in CONNECT (the rig id for rigs).</summary>
    public string ClientId { get; internal init; } = string.Empty;

    /// <summary>User name, or null for none.</summary>
    public string? UserName { get; internal init; }

    /// <summary>Password, or null for none (only sent with a user name).</summary>
    public string? Password { get; internal init; }

    /// <summary>True: the broker discards any previous session. False: persistent session (subscriptions and QoS 1 messages kept while offline).</summary>
    public bool CleanSession { get; internal init; } = true;

    /// <summary>Keep-alive period, whole seconds 0..65535; zero disables keep-alive.</summary>
    public TimeSpan KeepAlivePeriod { get; internal init; }

    /// <summary>Last will, published by the broker when the connection is lost without DISCONNECT; null for none.</summary>
    public MqttApplicationMessage? WillMessage { get; internal init; }

    /// <summary>TLS settings; null for plain TCP.</summary>
    public MqttClientTlsOptions? TlsOptions { get; internal init; }

    /// <summary>Time allowed for the TCP/TLS connect plus CONNACK, and for each SUBACK/UNSUBACK.</summary>
    public TimeSpan Timeout { get; internal init; }

    /// <summary>Automatic reconnect; null or disabled means a lost connection stays lost.</summary>
    public MqttReconnectOptions? ReconnectOptions { get; internal init; }

    /// <summary>Capacity (messages) of the outgoing queue used while reconnecting.</summary>
    public int OfflineQueueCapacity { get; internal init; }

    /// <summary>What a full offline queue does.</summary>
    public MqttOfflineQueuePolicy OfflineQueuePolicy { get; internal init; }

    /// <summary>Largest packet accepted from the broker, in bytes (header included); larger ones close the connection as a protocol violation.</summary>
    public int MaximumIncomingPacketSizeBytes { get; internal init; }

    /// <summary>True when automatic reconnect is configured and enabled.</summary>
    public bool IsAutoReconnectEnabled => ReconnectOptions is { Enabled: true };
}
