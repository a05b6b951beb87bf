using ChandlerLoop.Mqtt.Channel;
using ChandlerLoop.Mqtt.Client;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt;

/// <summary>Connect, disconnect, reconnect and dispose.</summary>
public sealed partial class MqttClient
{
    /// <inheritdoc />
    public async Task<MqttClientConnectResult> ConnectAsync(CancellationToken ct = default)
    {
        lock (_sync)
        {
            ThrowIfDisposedLocked();
            if (_state != MqttClientState.Disconnected)
            {
                throw new InvalidOperationException(_state == MqttClientState.Reconnecting
                    ? "The client is reconnecting automatically: wait for ConnectedAsync, or call DisconnectAsync before ConnectAsync."
                    : "The client is already connected or connecting.");
            }

            _state = MqttClientState.Connecting;
        }

        try
        {
            return await ConnectCoreAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            lock (_sync)
            {
                if (_state == MqttClientState.Connecting)
                {
                    _state = MqttClientState.Disconnected;
                }
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async Task DisconnectAsync(CancellationToken ct = default)
    {
        MqttClientConnection? connection;
        CancellationTokenSource? reconnect;
        bool wasConnected;
        lock (_sync)
        {
            if (_state is MqttClientState.Disposed or MqttClientState.Disconnected)
            {
                return;
            }

            wasConnected = _state == MqttClientState.Connected;
            connection = _connection;
            _connection = null;
            _state = MqttClientState.Disconnected;
            reconnect = _reconnectCancellation;
            _reconnectCancellation = null;
            _subscriptions.Clear();
        }

        reconnect?.Cancel();
        if (connection is not null)
        {
            await connection.DisconnectAsync(_options.Timeout, ct).ConfigureAwait(false);
        }

        FailAllPending(new MqttCommunicationException("The client disconnected (DisconnectAsync) before the message was sent or acknowledged."));
        EnqueueDisconnectedEvent(new MqttClientDisconnectedEventArgs(wasConnected, null, "Disconnected by the client (clean DISCONNECT, no will)."));
    }

    /// <summary>
    /// Closes the connection WITHOUT a DISCONNECT packet (so the broker publishes the will), stops
    /// reconnecting and fails every pending operation. Call <see cref="DisconnectAsync"/> first for a clean end.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        MqttClientConnection? connection;
        CancellationTokenSource? reconnect;
        bool wasConnected;
        lock (_sync)
        {
            if (_state == MqttClientState.Disposed)
            {
                return;
            }

            wasConnected = _state == MqttClientState.Connected;
            _state = MqttClientState.Disposed;
            connection = _connection;
            _connection = null;
            reconnect = _reconnectCancellation;
            _reconnectCancellation = null;
        }

        reconnect?.Cancel();
        if (connection is not null)
        {
            connection.Close(null);
            await connection.Completion.ConfigureAwait(false);
        }

        FailAllPending(new MqttCommunicationException("The client was disposed before the message was sent or acknowledged."));
        if (wasConnected)
        {
            EnqueueDisconnectedEvent(new MqttClientDisconnectedEventArgs(true, null, "The client was disposed without DISCONNECT (the broker publishes the will)."));
        }
    }

    private async Task<MqttClientConnectResult> ConnectCoreAsync(CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        MqttClientConnection connection;
        MqttConnAckPacket connAck;
        try
        {
            IMqttChannel channel = await _channelFactory.ConnectAsync(_options, linked.Token).ConfigureAwait(false);
            connection = new MqttClientConnection(channel, _options, this, _time);
            try
            {
                connAck = await connection.HandshakeAsync(CreateConnectPacket(), linked.Token).ConfigureAwait(false);
            }
            catch
            {
                connection.Close(null);
                throw;
            }
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new MqttCommunicationException(
                $"Connecting to the broker at {_options.Host}:{_options.Port} timed out after {_options.Timeout.TotalSeconds} s without CONNACK: check the address and port, that the broker runs, or raise WithTimeout.", ex);
        }

        if (connAck.ReturnCode != MqttClientConnectResultCode.Success)
        {
            connection.Close(null);
            throw new MqttConnectingFailedException(connAck.ReturnCode);
        }

        var result = new MqttClientConnectResult(MqttClientConnectResultCode.Success, connAck.IsSessionPresent);
        lock (_sync)
        {
            if (_state is not (MqttClientState.Connecting or MqttClientState.Reconnecting))
            {
                connection.Close(null);
                ThrowIfDisposedLocked();
                throw new MqttCommunicationException("The client was disconnected while it was connecting.");
            }

            _connection = connection;
            _state = MqttClientState.Connected;
            ResendPendingLocked(connection);
        }

        connection.Start();
        if (!connAck.IsSessionPresent)
        {
            await ResubscribeAsync(connection).ConfigureAwait(false);
        }

        EnqueueEvent(() => MqttEventInvoker.InvokeAsync(ConnectedAsync, new MqttClientConnectedEventArgs(result)));
        return result;
    }

    private MqttConnectPacket CreateConnectPacket()
    {
        MqttApplicationMessage? will = _options.WillMessage;
        return new MqttConnectPacket
        {
            ClientId = _options.ClientId,
            UserName = _options.UserName,
            Password = _options.Password,
            CleanSession = _options.CleanSession,
            KeepAliveSeconds = (ushort)_options.KeepAlivePeriod.TotalSeconds,
            WillTopic = will?.Topic,
            WillPayload = will?.Payload ?? ReadOnlyMemory<byte>.Empty,
            WillQualityOfServiceLevel = will?.QualityOfServiceLevel ?? MqttQualityOfServiceLevel.AtMostOnce,
            WillRetain = will?.Retain ?? false,
        };
    }

    /// <summary>Before the connection starts (Start() writes them): unacknowledged QoS 1 publishes again with DUP = 1 and their identifiers, in order; then the offline queue.</summary>
    private void ResendPendingLocked(MqttClientConnection connection)
    {
        foreach (MqttOutgoingPublish entry in _inflight.Values.Where(e => e.Sent).OrderBy(e => e.Sequence))
        {
            entry.Packet.Duplicate = true;
            connection.TryEnqueue(MqttOutgoingPacket.ForPacket(entry.Packet), flush: false);
        }

        foreach (MqttOutgoingPublish entry in _offlineQueue.DrainAll())
        {
            entry.Sent = true;
            if (entry.IsQoS1)
            {
                connection.TryEnqueue(MqttOutgoingPacket.ForPacket(entry.Packet), flush: false);
            }
            else
            {
                var written = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                connection.TryEnqueue(MqttOutgoingPacket.ForPacket(entry.Packet, written), flush: false);
                _ = CompleteWhenWrittenAsync(written.Task, entry.Completion);
            }
        }
    }

    private static async Task CompleteWhenWrittenAsync(Task written, TaskCompletionSource<MqttClientPublishResult> completion)
    {
        try
        {
            await written.ConfigureAwait(false);
            completion.TrySetResult(QoS0Success);
        }
        catch (Exception ex)
        {
            completion.TrySetException(ex);
        }
    }

    private async Task ResubscribeAsync(MqttClientConnection connection)
    {
        KeyValuePair<string, MqttQualityOfServiceLevel>[] subscriptions;
        lock (_sync)
        {
            subscriptions = _subscriptions.ToArray();
        }

        foreach ((string filter, MqttQualityOfServiceLevel qos) in subscriptions)
        {
            try
            {
                await SubscribeCoreAsync(connection, filter, qos, CancellationToken.None).ConfigureAwait(false);
            }
            catch (MqttCommunicationException)
            {
                return; // The connection is gone again; the reconnect loop will retry.
            }
        }
    }

    private async Task ReconnectLoopAsync(CancellationToken token)
    {
        MqttReconnectOptions reconnect = _options.ReconnectOptions!;
        int attempt = 0;
        while (true)
        {
            TimeSpan delay = MqttReconnectBackoff.GetDelay(reconnect, attempt, _random());
            attempt++;
            try
            {
                await Task.Delay(delay, _time, token).ConfigureAwait(false);
                await ConnectCoreAsync(token).ConfigureAwait(false);
                lock (_sync)
                {
                    if (_state != MqttClientState.Reconnecting)
                    {
                        _reconnectLoopRunning = false;
                        return;
                    }
                }

                attempt = 0; // Lost again while re-subscribing: start the back-off over.
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                break;
            }
            catch (ObjectDisposedException)
            {
                break;
            }
            catch (Exception ex)
            {
                EnqueueDisconnectedEvent(new MqttClientDisconnectedEventArgs(false, ex, $"Reconnect attempt {attempt} failed: {ex.Message}"));
            }
        }

        lock (_sync)
        {
            _reconnectLoopRunning = false;
        }
    }

    private void EnqueueDisconnectedEvent(MqttClientDisconnectedEventArgs args) =>
        EnqueueEvent(() => MqttEventInvoker.InvokeAsync(DisconnectedAsync, args));

    /// <summary>Connected/Disconnected handlers run one after another in the order of the events, never on a connection's loops.</summary>
    private void EnqueueEvent(Func<ValueTask> raise)
    {
        lock (_eventSync)
        {
            _eventChain = RunAfterAsync(_eventChain, raise);
        }

        static async Task RunAfterAsync(Task previous, Func<ValueTask> raise)
        {
            await previous.ConfigureAwait(false);
            await Task.Yield();
            await raise().ConfigureAwait(false);
        }
    }
}
