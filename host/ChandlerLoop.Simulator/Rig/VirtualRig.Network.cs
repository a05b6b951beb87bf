using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Topics;
using ChandlerLoop.Simulator.Messaging;

namespace ChandlerLoop.Simulator.Rig;

/// <summary>The rig's network side: the firmware's MqttLink with simulated time.</summary>
public sealed partial class VirtualRig
{
    private readonly RigBrokerConnection _connection;
    private IMqttClient? _client;
    private double _networkUpAtSeconds;

    /// <summary>True while the rig's MQTT connection is up.</summary>
    public bool IsConnected => _client is { IsConnected: true };

    /// <summary>Failed connection attempts (broker unreachable or refusing) since creation.</summary>
    public int FailedConnectionAttempts { get; private set; }

    /// <summary>
    /// Network loss for <paramref name="seconds"/> of simulated time from the start of the next tick:
    /// the connection is cut without DISCONNECT (the broker publishes the last will) while the rig
    /// keeps controlling and recording. Live messages wait in the 16-slot outbound queue (the oldest
    /// dropped); every record stays in the RAM ring and flash log for back-fill. After the drop the
    /// rig reconnects, re-subscribes, publishes its status and the queued messages.
    /// </summary>
    public void DropNetwork(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A network drop lasts a finite number of seconds greater than 0.");
        }

        _dropSeconds = seconds;
    }

    private double _dropSeconds;

    private async Task ReconnectIfDueAsync(CancellationToken ct)
    {
        if (_dropSeconds > 0)
        {
            _networkUpAtSeconds = SimulatedSeconds + _dropSeconds;
            _dropSeconds = 0;
            await DropConnectionAsync().ConfigureAwait(false);
        }

        RigFirmware? firmware = _firmware;
        if (firmware is null || IsConnected || SimulatedSeconds < _networkUpAtSeconds)
        {
            return;
        }

        if (_client is not null)
        {
            await DropConnectionAsync().ConfigureAwait(false);
        }

        MqttApplicationMessage will = new MqttApplicationMessageBuilder()
            .WithTopic(RigTopics.Status(RigId))
            .WithPayload(firmware.OfflineStatus())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag()
            .Build();
        IMqttClient client = _connection.CreateClient(RigId, will);
        client.ApplicationMessageReceivedAsync += OnMessageAsync;
        try
        {
            await client.ConnectAsync(ct).ConfigureAwait(false);
            await client.SubscribeAsync(RigTopics.Commands(RigId), MqttQualityOfServiceLevel.AtLeastOnce, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is MqttCommunicationException or MqttConnectingFailedException)
        {
            FailedConnectionAttempts++;
            client.ApplicationMessageReceivedAsync -= OnMessageAsync;
            await client.DisposeAsync().ConfigureAwait(false);
            _networkUpAtSeconds = SimulatedSeconds + 1.0;
            return;
        }

        _client = client;
        firmware.ForceStatus();
    }

    private async Task DropConnectionAsync()
    {
        IMqttClient? client = _client;
        _client = null;
        if (client is null)
        {
            return;
        }

        client.ApplicationMessageReceivedAsync -= OnMessageAsync;
        await client.DisposeAsync().ConfigureAwait(false);
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        if (e.ApplicationMessage.Topic == RigTopics.Commands(RigId))
        {
            _commands.Enqueue(e.ApplicationMessage.Payload.ToArray());
            Interlocked.Increment(ref _receivedCommands);
        }

        return Task.CompletedTask;
    }

    private async Task PumpAsync(RigFirmware firmware, double rigTime, CancellationToken ct)
    {
        IMqttClient? client = _client;
        if (client is null || !client.IsConnected)
        {
            return;
        }

        try
        {
            byte[]? status = firmware.TryWriteStatus(rigTime);
            if (status is not null)
            {
                await PublishAsync(client, RigMessageKind.Status, status, ct).ConfigureAwait(false);
            }

            while (firmware.Outbox.TryPeek(out OutboxMessage message))
            {
                await PublishAsync(client, message.Kind, message.Payload, ct).ConfigureAwait(false);
                firmware.Outbox.RemoveOldest();
            }

            while (firmware.TryNextReplay(rigTime) is { } replay)
            {
                await PublishAsync(client, RigMessageKind.TelemetryReplay, replay, ct).ConfigureAwait(false);
            }
        }
        catch (MqttCommunicationException)
        {
            // The connection broke under us: what was not sent stays queued; reconnect next tick.
            firmware.ForceStatus();
        }
    }

    private Task PublishAsync(IMqttClient client, RigMessageKind kind, byte[] payload, CancellationToken ct)
    {
        (string topic, MqttQualityOfServiceLevel qos, bool retain) = kind switch
        {
            RigMessageKind.Status => (RigTopics.Status(RigId), MqttQualityOfServiceLevel.AtLeastOnce, true),
            RigMessageKind.Telemetry => (RigTopics.Telemetry(RigId), MqttQualityOfServiceLevel.AtMostOnce, false),
            RigMessageKind.TelemetryReplay => (RigTopics.Telemetry(RigId), MqttQualityOfServiceLevel.AtLeastOnce, false),
            _ => (RigTopics.Events(RigId), MqttQualityOfServiceLevel.AtLeastOnce, false),
        };
        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(qos)
            .WithRetainFlag(retain)
            .Build();
        return client.PublishAsync(message, ct);
    }
}
