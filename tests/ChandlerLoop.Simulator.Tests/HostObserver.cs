using System.Collections.Concurrent;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Simulator.Tests;

/// <summary>
/// A test "host": subscribes to every rig topic, decodes each message with
/// host/ChandlerLoop.Protocol (a message it cannot decode fails the test) and keeps them in
/// arrival order. Sends commands encoded by the same library.
/// </summary>
internal sealed class HostObserver : IAsyncDisposable
{
    private readonly ConcurrentQueue<RigMessage> _messages = new();
    private readonly ConcurrentQueue<string> _undecodable = new();
    private readonly IMqttClient _client;
    private int _nextCommand;

    private HostObserver(IMqttClient client)
    {
        _client = client;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            DecodeResult result = ProtocolJson.Decode(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.Span);
            if (result.Message is { } message)
            {
                _messages.Enqueue(message);
            }
            else if (!e.ApplicationMessage.Topic.EndsWith("/commands", StringComparison.Ordinal))
            {
                _undecodable.Enqueue(e.ApplicationMessage.Topic + ": " + result);
            }

            return Task.CompletedTask;
        };
    }

    public static async Task<HostObserver> ConnectAsync(InProcessMqttBroker broker)
    {
        var client = broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("test-host").Build());
        var observer = new HostObserver(client);
        await client.ConnectAsync();
        await client.SubscribeAsync(RigTopics.HostSubscriptionFilter, MqttQualityOfServiceLevel.AtLeastOnce);
        return observer;
    }

    public IReadOnlyList<RigMessage> Messages => _messages.ToArray();

    public IReadOnlyList<string> Undecodable => _undecodable.ToArray();

    public IEnumerable<TelemetryRecord> Telemetry(string rigId) => Messages.OfType<TelemetryRecord>().Where(t => t.RigId == rigId);

    public IEnumerable<RigEvent> Events(string rigId) => Messages.OfType<RigEvent>().Where(e => e.RigId == rigId);

    public IEnumerable<RigStatus> Statuses(string rigId) => Messages.OfType<RigStatus>().Where(s => s.RigId == rigId);

    public string NextCommandId() => "c" + Interlocked.Increment(ref _nextCommand).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task PublishAsync(RigCommand command) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(command.Topic)
            .WithPayload(ProtocolJson.Encode(command))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

    /// <summary>Polls <paramref name="condition"/> for up to 10 s of wall time (delivery runs on other threads).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (int i = 0; i < 1000; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("Timed out waiting for " + what);
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
