namespace ChandlerLoop.Mqtt;

/// <summary>
/// An MQTT 3.1.1 client: <see cref="MqttClient"/> over TCP/TLS, or a client of the in-process broker.
/// Every member is thread-safe. Handlers of the events run one at a time, in order of arrival.
/// </summary>
public interface IMqttClient : IAsyncDisposable
{
    /// <summary>True while a connection is established (CONNACK accepted and not yet lost).</summary>
    bool IsConnected { get; }

    /// <summary>Raised for each received message; a QoS 1 message is acknowledged (PUBACK) after the handler completes.</summary>
    event Func<MqttApplicationMessageReceivedEventArgs, Task>? ApplicationMessageReceivedAsync;

    /// <summary>Raised after each successful connect or reconnect.</summary>
    event Func<MqttClientConnectedEventArgs, Task>? ConnectedAsync;

    /// <summary>Raised when a connection ends or a reconnect attempt fails.</summary>
    event Func<MqttClientDisconnectedEventArgs, Task>? DisconnectedAsync;

    /// <summary>Connects (CONNECT/CONNACK). Throws <see cref="MqttConnectingFailedException"/> when refused, <see cref="MqttCommunicationException"/> on transport failure or timeout.</summary>
    Task<MqttClientConnectResult> ConnectAsync(CancellationToken ct = default);

    /// <summary>Clean DISCONNECT: the broker does NOT publish the will. Stops automatic reconnect.</summary>
    Task DisconnectAsync(CancellationToken ct = default);

    /// <summary>
    /// Publishes. QoS 0 completes when written, QoS 1 when the broker's PUBACK arrives. While
    /// reconnecting automatically the message is queued per the offline-queue policy and completes
    /// when sent (and acknowledged).
    /// </summary>
    Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken ct = default);

    /// <summary>Subscribes one filter; the result says whether the broker granted it.</summary>
    Task<MqttClientSubscribeResult> SubscribeAsync(string topicFilter, MqttQualityOfServiceLevel qos, CancellationToken ct = default);

    /// <summary>Unsubscribes one filter (completes on UNSUBACK).</summary>
    Task UnsubscribeAsync(string topicFilter, CancellationToken ct = default);
}
