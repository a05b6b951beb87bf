namespace ChandlerLoop.Mqtt;

/// <content>Connection life cycle of the in-process client: connect, delivery pump, loss and automatic reconnect.</content>
public sealed partial class InProcessMqttClient
{
    /// <summary>Called by the broker (takeover, broker disposed) or by <see cref="SimulateConnectionLoss"/>, after the broker closed the connection.</summary>
    internal void OnConnectionLost(InProcessConnection connection, Exception exception, string reason)
    {
        bool reconnect;
        lock (_sync)
        {
            if (!ReferenceEquals(_connection, connection))
            {
                return;
            }

            _connection = null;
            reconnect = !_stayDisconnected && Options.IsAutoReconnectEnabled && !_reconnecting;
            _reconnecting |= reconnect;
        }

        connection.Closed.Cancel();
        _ = Task.Run(async () =>
        {
            await InProcessEvents.RaiseAsync(DisconnectedAsync, new MqttClientDisconnectedEventArgs(true, exception, reason)).ConfigureAwait(false);
            if (reconnect)
            {
                await ReconnectLoopAsync().ConfigureAwait(false);
            }
        });
    }

    private async Task<MqttClientConnectResult> ConnectCoreAsync()
    {
        var connection = _broker.Connect(this, Options, out var sessionPresent);
        KeyValuePair<string, MqttQualityOfServiceLevel>[] resubscribe;
        lock (_sync)
        {
            _connection = connection;
            _reconnecting = false;
            resubscribe = sessionPresent ? [] : [.. _subscriptions];
        }

        _ = Task.Run(() => PumpAsync(connection));
        foreach (var subscription in resubscribe)
        {
            _broker.Subscribe(connection, subscription.Key, subscription.Value);
        }

        while (_offlineQueue.TryDequeue() is { } entry)
        {
            try
            {
                _broker.Publish(connection, entry.Message);
                entry.Completion.TrySetResult(Published(entry.Message));
            }
            catch (MqttCommunicationException exception)
            {
                entry.Completion.TrySetException(exception);
            }
        }

        var result = new MqttClientConnectResult(MqttClientConnectResultCode.Success, sessionPresent);
        await InProcessEvents.RaiseAsync(ConnectedAsync, new MqttClientConnectedEventArgs(result)).ConfigureAwait(false);
        return result;
    }

    private async Task ReconnectLoopAsync()
    {
        var reconnect = Options.ReconnectOptions!;
        var delay = reconnect.InitialDelay;
        try
        {
            while (true)
            {
                var jitter = 1 + (reconnect.JitterFraction * ((2 * Random.Shared.NextDouble()) - 1));
                await Task.Delay(delay * jitter, _lifetime.Token).ConfigureAwait(false);
                await _connectGate.WaitAsync(_lifetime.Token).ConfigureAwait(false);
                try
                {
                    lock (_sync)
                    {
                        if (_stayDisconnected || _connection is not null)
                        {
                            _reconnecting = false;
                            return;
                        }
                    }

                    await ConnectCoreAsync().ConfigureAwait(false);
                    return;
                }
                catch (MqttCommunicationException exception)
                {
                    await InProcessEvents.RaiseAsync(DisconnectedAsync,
                        new MqttClientDisconnectedEventArgs(false, exception, "reconnect failed: " + exception.Message)).ConfigureAwait(false);
                }
                finally
                {
                    _connectGate.Release();
                }

                delay = delay * 2 < reconnect.MaxDelay ? delay * 2 : reconnect.MaxDelay;
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed while waiting to reconnect.
            lock (_sync)
            {
                _reconnecting = false;
            }
        }
    }

    private async Task PumpAsync(InProcessConnection connection)
    {
        var token = connection.Closed.Token;
        while (!token.IsCancellationRequested)
        {
            if (!_broker.TryTakeNext(connection, out var delivery, out var message))
            {
                try
                {
                    await connection.Signal.WaitAsync(token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            await InProcessEvents.RaiseAsync(ApplicationMessageReceivedAsync,
                new MqttApplicationMessageReceivedEventArgs(message!, connection.Session.ClientId)).ConfigureAwait(false);
            if (message!.QualityOfServiceLevel == MqttQualityOfServiceLevel.AtLeastOnce)
            {
                _broker.Acknowledge(connection, delivery!);
            }
        }
    }
}
