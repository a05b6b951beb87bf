using System.Collections.Concurrent;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Registry;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Host.Services.Tests.Infrastructure;

/// <summary>
/// An in-process broker, a migrated SQLite file, the host's registry and ingest on one client, a
/// manual clock, and a spy that records every command published to any rig.
/// </summary>
internal sealed class ServiceHarness : IAsyncDisposable
{
    private readonly ConcurrentQueue<RigCommand> _commands = new();
    private IMqttClient? _spy;
    private IMqttClient? _fakeRig;

    private ServiceHarness(InProcessMqttBroker broker, TestDatabase database, IMqttClient host)
    {
        Broker = broker;
        Database = database;
        Host = host;
    }

    public InProcessMqttBroker Broker { get; }

    public TestDatabase Database { get; }

    public IMqttClient Host { get; }

    public ManualClock Clock { get; } = new();

    public RigRegistry Registry { get; private set; } = null!;

    public TelemetryIngest Ingest { get; private set; } = null!;

    public IReadOnlyList<RigCommand> Commands => _commands.ToArray();

    /// <summary>Back-fill commands the ingest sent (tests send theirs with ids starting with "t").</summary>
    public IEnumerable<BackfillCommand> Backfills => Commands.OfType<BackfillCommand>().Where(c => !c.CommandId.StartsWith('t'));

    public static async Task<ServiceHarness> StartAsync(TelemetryIngestOptions? options = null)
    {
        var broker = new InProcessMqttBroker();
        var database = await TestDatabase.CreateAsync();
        var host = broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("host-test").Build());
        await host.ConnectAsync();
        var harness = new ServiceHarness(broker, database, host);
        await harness.StartServicesAsync(options ?? new TelemetryIngestOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(20),
            BackfillGracePeriod = TimeSpan.Zero,
        });
        return harness;
    }

    private async Task StartServicesAsync(TelemetryIngestOptions options)
    {
        _spy = Broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("command-spy").Build());
        _spy.ApplicationMessageReceivedAsync += e =>
        {
            if (ProtocolJson.Decode(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.Span).Message is RigCommand command)
            {
                _commands.Enqueue(command);
            }

            return Task.CompletedTask;
        };
        await _spy.ConnectAsync();
        await _spy.SubscribeAsync(RigTopics.HostCommandsPattern, MqttQualityOfServiceLevel.AtLeastOnce);

        Registry = new RigRegistry(Host, Database.Factory, Clock);
        Ingest = new TelemetryIngest(Host, Database.Factory, options, Clock, new Protocol.Commands.CommandIdGenerator(Clock.GetUtcNow(), "test0"));
        await Registry.StartAsync();
        await Ingest.StartAsync();
    }

    /// <summary>Publishes a message as a rig would (encoded by the protocol library), QoS 1.</summary>
    public async Task PublishAsRigAsync(RigMessage message)
    {
        await PublishRawAsync(message.Topic, ProtocolJson.Encode(message));
    }

    /// <summary>Publishes raw bytes on a topic from a separate client, QoS 1.</summary>
    public async Task PublishRawAsync(string topic, byte[] payload)
    {
        if (_fakeRig is null)
        {
            _fakeRig = Broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("fake-rig").Build());
            await _fakeRig.ConnectAsync();
        }

        await _fakeRig.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
    }

    /// <summary>Publishes a command to a rig as the host.</summary>
    public Task PublishCommandAsync(RigCommand command) =>
        Host.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(command.Topic)
            .WithPayload(ProtocolJson.Encode(command))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

    /// <summary>Waits until the ingest has completed <paramref name="count"/> more flush cycles.</summary>
    public async Task WaitForFlushesAsync(int count = 3)
    {
        var target = Ingest.Counters.Flushes + count;
        await Wait.UntilAsync(() => Ingest.Counters.Flushes >= target, count + " flushes");
    }

    public async ValueTask DisposeAsync()
    {
        await Ingest.DisposeAsync();
        await Registry.DisposeAsync();
        if (_fakeRig is not null)
        {
            await _fakeRig.DisposeAsync();
        }

        if (_spy is not null)
        {
            await _spy.DisposeAsync();
        }

        await Host.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
