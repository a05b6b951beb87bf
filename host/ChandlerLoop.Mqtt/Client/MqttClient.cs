namespace ChandlerLoop.Mqtt;

/// <summary>MQTT 3.1.1 client over TCP or TLS. (Work in progress: the public surface is final.)</summary>
public sealed class MqttClient : IMqttClient
{
    private readonly MqttClientOptions _options;

    /// <summary>Creates a client; nothing is connected until <see cref="ConnectAsync"/>.</summary>
    public MqttClient(MqttClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc />
    public event Func<MqttApplicationMessageReceivedEventArgs, Task>? ApplicationMessageReceivedAsync;

    /// <inheritdoc />
    public event Func<MqttClientConnectedEventArgs, Task>? ConnectedAsync;

    /// <inheritdoc />
    public event Func<MqttClientDisconnectedEventArgs, Task>? DisconnectedAsync;

    /// <inheritdoc />
    public bool IsConnected => false;

    /// <summary>Messages dropped from the full offline queue (policy DropOldest) since the client was created.</summary>
    public long DroppedQueuedMessageCount => 0;

    /// <summary>The options the client was created with.</summary>
    public MqttClientOptions Options => _options;

    /// <inheritdoc />
    public Task<MqttClientConnectResult> ConnectAsync(CancellationToken ct = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task DisconnectAsync(CancellationToken ct = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken ct = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<MqttClientSubscribeResult> SubscribeAsync(string topicFilter, MqttQualityOfServiceLevel qos, CancellationToken ct = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task UnsubscribeAsync(string topicFilter, CancellationToken ct = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _ = ApplicationMessageReceivedAsync;
        _ = ConnectedAsync;
        _ = DisconnectedAsync;
        return ValueTask.CompletedTask;
    }
}
