using ChandlerLoop.Mqtt.Channel;
using ChandlerLoop.Mqtt.Client;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt;

/// <summary>
/// MQTT 3.1.1 client over TCP or TLS. Thread-safe: any number of tasks may publish concurrently
/// (a single writer per connection batches their packets). QoS 1 is at-least-once in both
/// directions: unacknowledged publishes are re-sent with DUP = 1 and the same packet identifier after
/// a reconnect, and a received message flagged DUP is still delivered (de-duplicate in the application).
/// Handlers run one at a time; a received QoS 1 message is acknowledged after its handler completes
/// (also when the handler throws, so one bad message cannot block the stream).
/// </summary>
public sealed partial class MqttClient : IMqttClient
{
    /// <summary>QoS 1 publishes that may await PUBACK at once (the rest of the 65535 identifiers serve SUBSCRIBE/UNSUBSCRIBE).</summary>
    internal const int MaximumInflightPublishes = 65_000;

    private static readonly MqttClientPublishResult QoS0Success = new(true, null, null);

    private readonly object _sync = new();
    private readonly MqttClientOptions _options;
    private readonly IMqttChannelFactory _channelFactory;
    private readonly TimeProvider _time;
    private readonly Func<double> _random;
    private readonly MqttPacketIdentifierProvider _identifiers = new();
    private readonly Dictionary<ushort, MqttOutgoingPublish> _inflight = new();
    private readonly MqttOfflineQueue _offlineQueue;
    private readonly Dictionary<ushort, TaskCompletionSource<MqttSubAckPacket>> _pendingSubscribes = new();
    private readonly Dictionary<ushort, TaskCompletionSource<bool>> _pendingUnsubscribes = new();
    private readonly Dictionary<string, MqttQualityOfServiceLevel> _subscriptions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _publishSlots = new(MaximumInflightPublishes, MaximumInflightPublishes);
    private readonly SemaphoreSlim _handlerGate = new(1, 1);
    private readonly object _eventSync = new();
    private MqttClientConnection? _connection;
    private MqttClientState _state = MqttClientState.Disconnected;
    private long _sequence;
    private long _droppedQueuedMessageCount;
    private bool _reconnectLoopRunning;
    private CancellationTokenSource? _reconnectCancellation;
    private Task _eventChain = Task.CompletedTask;

    /// <summary>Creates a client for the broker named by <c>WithTcpServer</c>; nothing connects until <see cref="ConnectAsync"/>.</summary>
    /// <exception cref="MqttConfigurationException">The options name no broker.</exception>
    public MqttClient(MqttClientOptions options)
        : this(options, MqttTcpChannelFactory.Instance)
    {
        if (options.Host is null)
        {
            throw new MqttConfigurationException("MqttClient needs a broker address: call WithTcpServer(host, port) on the options builder.", nameof(options));
        }
    }

    /// <summary>For tests: a custom channel factory, clock and random source (uniform in [0, 1), for jitter).</summary>
    internal MqttClient(MqttClientOptions options, IMqttChannelFactory channelFactory, TimeProvider? timeProvider = null, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(channelFactory);
        _options = options;
        _channelFactory = channelFactory;
        _time = timeProvider ?? TimeProvider.System;
        _random = random ?? Random.Shared.NextDouble;
        _offlineQueue = new MqttOfflineQueue(options.OfflineQueueCapacity, options.OfflineQueuePolicy);
    }

    /// <inheritdoc />
    public event Func<MqttApplicationMessageReceivedEventArgs, Task>? ApplicationMessageReceivedAsync;

    /// <inheritdoc />
    public event Func<MqttClientConnectedEventArgs, Task>? ConnectedAsync;

    /// <inheritdoc />
    public event Func<MqttClientDisconnectedEventArgs, Task>? DisconnectedAsync;

    /// <inheritdoc />
    public bool IsConnected
    {
        get
        {
            lock (_sync)
            {
                return _state == MqttClientState.Connected;
            }
        }
    }

    /// <summary>Messages dropped from the full offline queue (policy DropOldest) since the client was created.</summary>
    public long DroppedQueuedMessageCount => Interlocked.Read(ref _droppedQueuedMessageCount);

    /// <summary>The options the client was created with.</summary>
    public MqttClientOptions Options => _options;

    /// <summary>Filters that are re-subscribed after a reconnect (granted and not unsubscribed).</summary>
    public IReadOnlyCollection<string> ActiveSubscriptions
    {
        get
        {
            lock (_sync)
            {
                return _subscriptions.Keys.ToArray();
            }
        }
    }

    /// <inheritdoc />
    public async Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken ct = default)
    {
        ValidateOutgoing(message);
        ct.ThrowIfCancellationRequested();
        bool qos1 = message.QualityOfServiceLevel == MqttQualityOfServiceLevel.AtLeastOnce;
        if (qos1 && !_publishSlots.Wait(0))
        {
            await _publishSlots.WaitAsync(ct).ConfigureAwait(false);
        }

        var packet = new MqttPublishPacket
        {
            Topic = message.Topic,
            Payload = message.Payload,
            QualityOfServiceLevel = message.QualityOfServiceLevel,
            Retain = message.Retain,
        };
        MqttOutgoingPublish? entry = null;
        TaskCompletionSource<bool>? written = null;
        MqttOutgoingPublish? dropped = null;
        MqttClientConnection? flush = null;
        lock (_sync)
        {
            try
            {
                ThrowIfDisposedLocked();
                if (_state == MqttClientState.Connected && _connection is not null && !_connection.IsClosed)
                {
                    if (qos1)
                    {
                        entry = AddInflightLocked(packet);
                        entry.Sent = true;
                        _connection.TryEnqueue(MqttOutgoingPacket.ForPacket(packet), flush: false);
                        flush = _connection;
                    }
                    else
                    {
                        written = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                        if (!_connection.TryEnqueue(MqttOutgoingPacket.ForPacket(packet, written), flush: false))
                        {
                            written.TrySetException(new MqttCommunicationException("The connection was lost before the message was sent (QoS 0 is not re-sent)."));
                        }

                        flush = _connection;
                    }
                }
                else if (_state == MqttClientState.Reconnecting || (_state == MqttClientState.Connected && _options.IsAutoReconnectEnabled))
                {
                    entry = qos1 ? AddInflightLocked(packet) : new MqttOutgoingPublish(packet, ++_sequence);
                    if (!_offlineQueue.TryEnqueue(entry, out dropped))
                    {
                        if (qos1)
                        {
                            RemoveInflightLocked(entry, releaseSlot: false);
                        }

                        throw new MqttQueueFullException(_offlineQueue.DescribeFull());
                    }

                    if (dropped is not null && dropped.IsQoS1)
                    {
                        RemoveInflightLocked(dropped, releaseSlot: true);
                    }
                }
                else
                {
                    throw NotConnected();
                }
            }
            catch
            {
                if (qos1)
                {
                    _publishSlots.Release();
                }

                throw;
            }
        }

        // Written outside the lock: the first publisher to find the writer idle writes inline.
        flush?.Flush();
        if (dropped is not null)
        {
            Interlocked.Increment(ref _droppedQueuedMessageCount);
            dropped.Completion.TrySetResult(new MqttClientPublishResult(
                false, dropped.IsQoS1 ? dropped.Packet.PacketIdentifier : null, "Dropped: the offline queue was full (policy DropOldest) while the client was reconnecting."));
        }

        if (written is not null)
        {
            await written.Task.WaitAsync(ct).ConfigureAwait(false);
            return QoS0Success;
        }

        try
        {
            return await entry!.Completion.Task.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            lock (_sync)
            {
                _offlineQueue.Remove(entry!);
                if (entry!.IsQoS1 && _inflight.TryGetValue(entry.Packet.PacketIdentifier, out MqttOutgoingPublish? current) && current == entry)
                {
                    RemoveInflightLocked(entry, releaseSlot: true);
                }
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async Task<MqttClientSubscribeResult> SubscribeAsync(string topicFilter, MqttQualityOfServiceLevel qos, CancellationToken ct = default)
    {
        if (!MqttTopicFilter.IsValidFilter(topicFilter, out string? error))
        {
            throw new ArgumentException(error, nameof(topicFilter));
        }

        if (qos is not (MqttQualityOfServiceLevel.AtMostOnce or MqttQualityOfServiceLevel.AtLeastOnce))
        {
            throw new ArgumentException($"QoS {(int)qos} is not supported: subscribe with AtMostOnce (0) or AtLeastOnce (1).", nameof(qos));
        }

        MqttClientConnection connection = CurrentConnection();
        MqttClientSubscribeResultItem item = await SubscribeCoreAsync(connection, topicFilter, qos, ct).ConfigureAwait(false);
        return new MqttClientSubscribeResult(new[] { item });
    }

    /// <inheritdoc />
    public async Task UnsubscribeAsync(string topicFilter, CancellationToken ct = default)
    {
        if (!MqttTopicFilter.IsValidFilter(topicFilter, out string? error))
        {
            throw new ArgumentException(error, nameof(topicFilter));
        }

        MqttClientConnection connection = CurrentConnection();
        var acknowledged = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        ushort identifier;
        lock (_sync)
        {
            _subscriptions.Remove(topicFilter);
            identifier = AllocateRequestIdentifierLocked();
            _pendingUnsubscribes[identifier] = acknowledged;
        }

        try
        {
            var packet = new MqttUnsubscribePacket(identifier, new[] { topicFilter });
            await SendRequestAndWaitAsync(connection, packet, acknowledged.Task, $"UNSUBSCRIBE from \"{topicFilter}\"", ct).ConfigureAwait(false);
        }
        finally
        {
            lock (_sync)
            {
                _pendingUnsubscribes.Remove(identifier);
                _identifiers.Release(identifier);
            }
        }
    }

    private static void ValidateOutgoing(MqttApplicationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MqttTopicFilter.IsValidTopic(message.Topic, out string? error))
        {
            throw new ArgumentException(error, nameof(message));
        }

        if (message.QualityOfServiceLevel is not (MqttQualityOfServiceLevel.AtMostOnce or MqttQualityOfServiceLevel.AtLeastOnce))
        {
            throw new ArgumentException($"QoS {(int)message.QualityOfServiceLevel} is not supported: publish with AtMostOnce (0) or AtLeastOnce (1).", nameof(message));
        }

        long remaining = 2L + System.Text.Encoding.UTF8.GetByteCount(message.Topic) + 2 + message.Payload.Length;
        if (remaining > Formatter.MqttPacketWriter.MaximumRemainingLength)
        {
            throw new ArgumentException($"The payload of {message.Payload.Length} bytes is too large for one MQTT packet (at most about 256 MiB).", nameof(message));
        }
    }

    private static MqttCommunicationException NotConnected() =>
        new("The client is not connected: call ConnectAsync first (or enable WithAutoReconnect to queue messages while reconnecting).");

    private MqttClientConnection CurrentConnection()
    {
        lock (_sync)
        {
            ThrowIfDisposedLocked();
            if (_state != MqttClientState.Connected || _connection is null)
            {
                throw NotConnected();
            }

            return _connection;
        }
    }

    private void ThrowIfDisposedLocked() => ObjectDisposedException.ThrowIf(_state == MqttClientState.Disposed, this);
}
