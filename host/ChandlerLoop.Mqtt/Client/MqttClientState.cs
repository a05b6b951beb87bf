namespace ChandlerLoop.Mqtt.Client;

/// <summary>Life-cycle of an <see cref="MqttClient"/>.</summary>
internal enum MqttClientState
{
    /// <summary>Never connected, or disconnected by DisconnectAsync, or lost without auto-reconnect.</summary>
    Disconnected,

    /// <summary>ConnectAsync is in progress.</summary>
    Connecting,

    Connected,

    /// <summary>Connection lost; the reconnect loop is running; publishes go to the offline queue.</summary>
    Reconnecting,

    Disposed,
}
