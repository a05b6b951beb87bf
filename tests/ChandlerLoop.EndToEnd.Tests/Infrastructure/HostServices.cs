using ChandlerLoop.Data;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Orchestration;
using ChandlerLoop.Host.Services.Registry;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Commands;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages.Commands;

namespace ChandlerLoop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The host as the app runs it: one <see cref="MqttClient"/> over TCP (persistent session with a fixed
/// client id, automatic reconnect), the rig registry, the telemetry ingest and the run orchestrator on
/// it, the real SQLite database and the system clock. Ingest timings are shortened for 600× simulated time (a rig sends
/// 600 records per wall second; its RAM ring holds 300 and its flash log 3,600).
/// Disposing stops the services and disconnects cleanly; a new instance on the same database and
/// client id is a host restart.
/// </summary>
internal sealed class HostServices : IAsyncDisposable
{
    public const string ClientId = "chandler-host-e2e";

    private HostServices(MqttClient client, RigRegistry registry, TelemetryIngest ingest, RunOrchestrator orchestrator)
    {
        Client = client;
        Registry = registry;
        Ingest = ingest;
        Orchestrator = orchestrator;
    }

    public RunOrchestrator Orchestrator { get; }

    public MqttClient Client { get; }

    public RigRegistry Registry { get; }

    public TelemetryIngest Ingest { get; }

    public CommandIdGenerator CommandIds { get; } = new();

    public static TelemetryIngestOptions IngestOptions { get; } = new()
    {
        FlushInterval = TimeSpan.FromMilliseconds(50),
        BackfillGracePeriod = TimeSpan.FromMilliseconds(300),
        BackfillRepeatInterval = TimeSpan.FromSeconds(2),
    };

    public static async Task<HostServices> StartAsync(int port, ChandlerDbContextFactory databases)
    {
        var client = new MqttClient(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId(ClientId)
            .WithCleanSession(false)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
            .WithAutoReconnect(new MqttReconnectOptions { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(500) })
            .Build());
        await client.ConnectAsync();
        var registry = new RigRegistry(client, databases);
        var ingest = new TelemetryIngest(client, databases, IngestOptions);
        var orchestrator = new RunOrchestrator(client, databases, new RunOrchestratorOptions { CommandTimeout = TimeSpan.FromSeconds(3) }, ingest: ingest);
        await registry.StartAsync();
        await ingest.StartAsync();
        await orchestrator.StartAsync();
        return new HostServices(client, registry, ingest, orchestrator);
    }

    /// <summary>Publishes a command to a rig (QoS 1), as the orchestrator would.</summary>
    public async Task SendAsync(Func<string, RigCommand> create)
    {
        var command = create(CommandIds.Next());
        var result = await Client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(command.Topic)
            .WithPayload(ProtocolJson.Encode(command))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
        Assert.True(result.IsSuccess, "publishing " + command.GetType().Name + " failed: " + result.ReasonText);
    }

    public async ValueTask DisposeAsync()
    {
        await Orchestrator.DisposeAsync();
        await Ingest.DisposeAsync();
        await Registry.DisposeAsync();
        if (Client.IsConnected)
        {
            await Client.DisconnectAsync();
        }

        await Client.DisposeAsync();
    }
}
