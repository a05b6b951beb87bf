using ChandlerLoop.Mqtt.Client;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt;

/// <summary>Session state (in-flight publishes, pending requests) and what connections report.</summary>
public sealed partial class MqttClient : IMqttConnectionHandler
{
    async ValueTask IMqttConnectionHandler.HandlePublishAsync(MqttPublishPacket packet)
    {
        Func<MqttApplicationMessageReceivedEventArgs, Task>? handlers = ApplicationMessageReceivedAsync;
        if (handlers is null)
        {
            return;
        }

        var message = new MqttApplicationMessage
        {
            Topic = packet.Topic,
            Payload = packet.Payload,
            QualityOfServiceLevel = packet.QualityOfServiceLevel,
            Retain = packet.Retain,
            Duplicate = packet.Duplicate,
        };
        if (!_handlerGate.Wait(0))
        {
            await _handlerGate.WaitAsync().ConfigureAwait(false);
        }

        try
        {
            await MqttEventInvoker.InvokeAsync(handlers, new MqttApplicationMessageReceivedEventArgs(message, _options.ClientId)).ConfigureAwait(false);
        }
        finally
        {
            _handlerGate.Release();
        }
    }

    void IMqttConnectionHandler.HandlePubAck(ushort packetIdentifier)
    {
        MqttOutgoingPublish? entry;
        lock (_sync)
        {
            if (!_inflight.TryGetValue(packetIdentifier, out entry) || !entry.Sent)
            {
                return; // Cancelled meanwhile, or a stray acknowledgement: nothing waits for it.
            }

            RemoveInflightLocked(entry, releaseSlot: true);
        }

        entry.Completion.TrySetResult(new MqttClientPublishResult(true, packetIdentifier, null));
    }

    void IMqttConnectionHandler.HandleSubAck(MqttSubAckPacket packet)
    {
        TaskCompletionSource<MqttSubAckPacket>? pending;
        lock (_sync)
        {
            _pendingSubscribes.TryGetValue(packet.PacketIdentifier, out pending);
        }

        pending?.TrySetResult(packet);
    }

    void IMqttConnectionHandler.HandleUnsubAck(ushort packetIdentifier)
    {
        TaskCompletionSource<bool>? pending;
        lock (_sync)
        {
            _pendingUnsubscribes.TryGetValue(packetIdentifier, out pending);
        }

        pending?.TrySetResult(true);
    }

    void IMqttConnectionHandler.HandleConnectionLost(MqttClientConnection connection, Exception error)
    {
        CancellationTokenSource? startReconnect = null;
        bool failAll = false;
        List<TaskCompletionSource<MqttSubAckPacket>> subscribes;
        List<TaskCompletionSource<bool>> unsubscribes;
        lock (_sync)
        {
            if (_connection != connection)
            {
                return;
            }

            _connection = null;
            if (_options.IsAutoReconnectEnabled && _state == MqttClientState.Connected)
            {
                _state = MqttClientState.Reconnecting;
                if (!_reconnectLoopRunning)
                {
                    _reconnectLoopRunning = true;
                    _reconnectCancellation = new CancellationTokenSource();
                    startReconnect = _reconnectCancellation;
                }
            }
            else if (_state == MqttClientState.Connected)
            {
                _state = MqttClientState.Disconnected;
                failAll = true;
            }

            subscribes = _pendingSubscribes.Values.ToList();
            unsubscribes = _pendingUnsubscribes.Values.ToList();
        }

        var lost = new MqttCommunicationException("The connection was lost before the broker answered: " + error.Message, error);
        subscribes.ForEach(pending => pending.TrySetException(lost));
        unsubscribes.ForEach(pending => pending.TrySetException(lost));
        if (failAll)
        {
            FailAllPending(lost);
        }

        EnqueueDisconnectedEvent(new MqttClientDisconnectedEventArgs(true, error, error.Message));
        if (startReconnect is not null)
        {
            CancellationToken token = startReconnect.Token;
            _ = Task.Run(() => ReconnectLoopAsync(token));
        }
    }

    private async Task<MqttClientSubscribeResultItem> SubscribeCoreAsync(MqttClientConnection connection, string filter, MqttQualityOfServiceLevel qos, CancellationToken ct)
    {
        var acknowledged = new TaskCompletionSource<MqttSubAckPacket>(TaskCreationOptions.RunContinuationsAsynchronously);
        ushort identifier;
        lock (_sync)
        {
            identifier = AllocateRequestIdentifierLocked();
            _pendingSubscribes[identifier] = acknowledged;
        }

        try
        {
            var packet = new MqttSubscribePacket(identifier, new[] { filter }, new[] { (byte)qos });
            MqttSubAckPacket subAck = await SendRequestAndWaitAsync(connection, packet, acknowledged.Task, $"SUBSCRIBE to \"{filter}\"", ct).ConfigureAwait(false);
            if (subAck.ReturnCodes.Count != 1 || (subAck.ReturnCodes[0] != MqttSubAckPacket.FailureReturnCode && subAck.ReturnCodes[0] > (byte)qos))
            {
                var violation = new MqttProtocolViolationException(
                    $"Malformed SUBACK packet from the broker: expected one return code of at most QoS {(int)qos} or 0x80 for \"{filter}\". The connection was closed.");
                connection.Close(violation);
                throw violation;
            }

            if (subAck.ReturnCodes[0] == MqttSubAckPacket.FailureReturnCode)
            {
                return MqttClientSubscribeResultItem.Failed(filter);
            }

            var granted = (MqttQualityOfServiceLevel)subAck.ReturnCodes[0];
            lock (_sync)
            {
                _subscriptions[filter] = qos;
            }

            return MqttClientSubscribeResultItem.Granted(filter, granted);
        }
        finally
        {
            lock (_sync)
            {
                _pendingSubscribes.Remove(identifier);
                _identifiers.Release(identifier);
            }
        }
    }

    private async Task<T> SendRequestAndWaitAsync<T>(MqttClientConnection connection, MqttPacket packet, Task<T> answer, string what, CancellationToken ct)
    {
        if (!connection.TryEnqueue(MqttOutgoingPacket.ForPacket(packet)))
        {
            throw NotConnected();
        }

        try
        {
            return await answer.WaitAsync(_options.Timeout, _time, ct).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new MqttCommunicationException($"The broker did not answer {what} within {_options.Timeout.TotalSeconds} s (WithTimeout).", ex);
        }
    }

    private ushort AllocateRequestIdentifierLocked()
    {
        ushort identifier = _identifiers.Allocate();
        if (identifier == 0)
        {
            throw new MqttCommunicationException("All 65535 packet identifiers are in use by unacknowledged requests: wait for some to complete.");
        }

        return identifier;
    }

    private MqttOutgoingPublish AddInflightLocked(MqttPublishPacket packet)
    {
        ushort identifier = _identifiers.Allocate();
        if (identifier == 0)
        {
            throw new MqttCommunicationException("All 65535 packet identifiers are in use by unacknowledged requests: wait for some to complete.");
        }

        packet.PacketIdentifier = identifier;
        var entry = new MqttOutgoingPublish(packet, ++_sequence);
        _inflight.Add(identifier, entry);
        return entry;
    }

    private void RemoveInflightLocked(MqttOutgoingPublish entry, bool releaseSlot)
    {
        _inflight.Remove(entry.Packet.PacketIdentifier);
        _identifiers.Release(entry.Packet.PacketIdentifier);
        if (releaseSlot)
        {
            _publishSlots.Release();
        }
    }

    /// <summary>Fails every publish still owed a result (in flight or queued) and every pending request.</summary>
    private void FailAllPending(Exception error)
    {
        var owed = new List<MqttOutgoingPublish>();
        List<TaskCompletionSource<MqttSubAckPacket>> subscribes;
        List<TaskCompletionSource<bool>> unsubscribes;
        lock (_sync)
        {
            foreach (MqttOutgoingPublish entry in _inflight.Values.ToList())
            {
                RemoveInflightLocked(entry, releaseSlot: true);
                owed.Add(entry);
            }

            owed.AddRange(_offlineQueue.DrainAll().Where(e => !e.IsQoS1));
            subscribes = _pendingSubscribes.Values.ToList();
            unsubscribes = _pendingUnsubscribes.Values.ToList();
        }

        foreach (MqttOutgoingPublish entry in owed)
        {
            entry.Completion.TrySetException(error);
        }

        subscribes.ForEach(pending => pending.TrySetException(error));
        unsubscribes.ForEach(pending => pending.TrySetException(error));
    }
}
