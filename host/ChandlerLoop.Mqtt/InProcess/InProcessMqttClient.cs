namespace ChandlerLoop.Mqtt;

/// <summary>
/// A client of an <see cref="InProcessMqttBroker"/> (create it with
/// <see cref="InProcessMqttBroker.CreateClient"/>). Behaves like <see cref="MqttClient"/>: handlers
/// run one at a time in order of arrival, a QoS 1 message is acknowledged after its handler completed,
/// automatic reconnect with back-off and jitter re-subscribes when the session is gone and sends the
/// offline queue. <see cref="SimulateConnectionLoss"/> drops the connection without DISCONNECT (the
/// broker publishes the will), like a pulled network cable.
/// </summary>
public sealed partial class InProcessMqttClient : IMqttClient
{
    private readonly InProcessMqttBroker _broker;
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly object _sync = new();
    private readonly Dictionary<string, MqttQualityOfServiceLevel> _subscriptions = new(StringComparer.Ordinal);
    private readonly InProcessOfflineQueue _offlineQueue;
    private readonly CancellationTokenSource _lifetime = new();
    private InProcessConnection? _connection;
    private bool _stayDisconnected = true;
    private bool _reconnecting;
    private bool _disposed;
    private int _lastPacketIdentifier;

    internal InProcessMqttClient(InProcessMqttBroker broker, MqttClientOptions options)
    {
        _broker = broker;
        Options = options;
        _offlineQueue = new InProcessOfflineQueue(options.OfflineQueueCapacity, options.OfflineQueuePolicy);
    }

    /// <inheritdoc />
    public event Func<MqttApplicationMessageReceivedEventArgs, Task>? ApplicationMessageReceivedAsync;

    /// <inheritdoc />
    public event Func<MqttClientConnectedEventArgs, Task>? ConnectedAsync;

    /// <inheritdoc />
    public event Func<MqttClientDisconnectedEventArgs, Task>? DisconnectedAsync;

    /// <summary>The options this client was created with.</summary>
    public MqttClientOptions Options { get; }

    /// <inheritdoc />
    public bool IsConnected
    {
        get
        {
            lock (_sync)
            {
                return _connection is not null;
            }
        }
    }

    /// <summary>Messages dropped from the full offline queue (policy DropOldest) since the client was created.</summary>
    public long DroppedQueuedMessageCount => _offlineQueue.DroppedCount;

    /// <inheritdoc />
    public async Task<MqttClientConnectResult> ConnectAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _connectGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (IsConnected)
            {
                throw new InvalidOperationException("The client is already connected; call DisconnectAsync first.");
            }

            ct.ThrowIfCancellationRequested();
            lock (_sync)
            {
                _stayDisconnected = false;
            }

            try
            {
                return await ConnectCoreAsync().ConfigureAwait(false);
            }
            catch (MqttCommunicationException)
            {
                // A refused first connect does not start reconnecting, so publishes must not queue.
                lock (_sync)
                {
                    _stayDisconnected = true;
                }

                throw;
            }
        }
        finally
        {
            _connectGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task DisconnectAsync(CancellationToken ct = default)
    {
        await _connectGate.WaitAsync(ct).ConfigureAwait(false);
        InProcessConnection? connection;
        try
        {
            lock (_sync)
            {
                _stayDisconnected = true;
                connection = _connection;
                _connection = null;
            }

            if (connection is not null)
            {
                _broker.Close(connection, publishWill: false);
                connection.Closed.Cancel();
            }
        }
        finally
        {
            _connectGate.Release();
        }

        _offlineQueue.FailAll("The client was disconnected (DisconnectAsync) before the queued message could be sent.");
        if (connection is not null)
        {
            await InProcessEvents.RaiseAsync(DisconnectedAsync,
                new MqttClientDisconnectedEventArgs(true, null, "disconnected by the client (DISCONNECT)")).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MqttTopicFilter.IsValidTopic(message.Topic, out var error))
        {
            throw new ArgumentException(error, nameof(message));
        }

        CheckQos(message.QualityOfServiceLevel, nameof(message));
        ObjectDisposedException.ThrowIf(_disposed, this);
        ct.ThrowIfCancellationRequested();

        // The broker keeps the bytes: copy them, as sending over a socket would.
        var copy = new MqttApplicationMessage
        {
            Topic = message.Topic,
            Payload = message.Payload.ToArray(),
            QualityOfServiceLevel = message.QualityOfServiceLevel,
            Retain = message.Retain,
        };

        InProcessConnection? connection;
        bool queueWhileOffline;
        lock (_sync)
        {
            connection = _connection;
            queueWhileOffline = !_stayDisconnected && Options.IsAutoReconnectEnabled;
        }

        if (connection is not null)
        {
            try
            {
                _broker.Publish(connection, copy);
                return Published(copy);
            }
            catch (MqttCommunicationException) when (queueWhileOffline)
            {
                // Lost between reading the connection and publishing: queue it like any offline publish.
            }
        }

        if (!queueWhileOffline)
        {
            throw new MqttCommunicationException(
                "The client is not connected to the in-process broker: call ConnectAsync first, or enable WithAutoReconnect to queue messages while offline.");
        }

        return await _offlineQueue.Enqueue(copy).WaitAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<MqttClientSubscribeResult> SubscribeAsync(string topicFilter, MqttQualityOfServiceLevel qos, CancellationToken ct = default)
    {
        if (!MqttTopicFilter.IsValidFilter(topicFilter, out var error))
        {
            throw new ArgumentException(error, nameof(topicFilter));
        }

        CheckQos(qos, nameof(qos));
        ct.ThrowIfCancellationRequested();
        var item = _broker.Subscribe(RequireConnection(), topicFilter, qos);
        if (item.IsSuccess)
        {
            lock (_sync)
            {
                _subscriptions[topicFilter] = qos;
            }
        }

        return Task.FromResult(new MqttClientSubscribeResult([item]));
    }

    /// <inheritdoc />
    public Task UnsubscribeAsync(string topicFilter, CancellationToken ct = default)
    {
        if (!MqttTopicFilter.IsValidFilter(topicFilter, out var error))
        {
            throw new ArgumentException(error, nameof(topicFilter));
        }

        ct.ThrowIfCancellationRequested();
        _broker.Unsubscribe(RequireConnection(), topicFilter);
        lock (_sync)
        {
            _subscriptions.Remove(topicFilter);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Drops the connection without DISCONNECT, as a network failure would: the broker publishes the
    /// will, a QoS 1 message whose handler is running is re-delivered later, and the client reconnects
    /// if auto-reconnect is enabled. Does nothing when not connected.
    /// </summary>
    public void SimulateConnectionLoss()
    {
        InProcessConnection? connection;
        lock (_sync)
        {
            connection = _connection;
        }

        if (connection is not null && _broker.Close(connection, publishWill: true))
        {
            OnConnectionLost(connection, new MqttCommunicationException("The connection was lost (SimulateConnectionLoss)."), "connection lost");
        }
    }

    /// <summary>Without a prior DisconnectAsync this is an abrupt loss: the broker publishes the will.</summary>
    public async ValueTask DisposeAsync()
    {
        InProcessConnection? connection;
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _stayDisconnected = true;
            connection = _connection;
            _connection = null;
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        if (connection is not null)
        {
            _broker.Close(connection, publishWill: true);
            connection.Closed.Cancel();
        }

        _offlineQueue.FailAll("The client was disposed before the queued message could be sent.");
        if (connection is not null)
        {
            await InProcessEvents.RaiseAsync(DisconnectedAsync, new MqttClientDisconnectedEventArgs(true, null,
                "The client was disposed without DISCONNECT (the broker publishes the will).")).ConfigureAwait(false);
        }
    }

    private InProcessConnection RequireConnection()
    {
        lock (_sync)
        {
            return _connection ?? throw new MqttCommunicationException(
                "The client is not connected to the in-process broker: call ConnectAsync first.");
        }
    }

    private MqttClientPublishResult Published(MqttApplicationMessage message)
    {
        if (message.QualityOfServiceLevel == MqttQualityOfServiceLevel.AtMostOnce)
        {
            return new MqttClientPublishResult(true, null, null);
        }

        var id = (ushort)((((uint)Interlocked.Increment(ref _lastPacketIdentifier) - 1) % 65535) + 1);
        return new MqttClientPublishResult(true, id, null);
    }

    private static void CheckQos(MqttQualityOfServiceLevel qos, string parameter)
    {
        if (qos is not (MqttQualityOfServiceLevel.AtMostOnce or MqttQualityOfServiceLevel.AtLeastOnce))
        {
            throw new ArgumentOutOfRangeException(parameter, qos, "Only QoS 0 (AtMostOnce) and QoS 1 (AtLeastOnce) are supported.");
        }
    }
}
