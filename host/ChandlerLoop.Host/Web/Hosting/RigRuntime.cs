using ChandlerLoop.Data;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Orchestration;
using ChandlerLoop.Host.Services.Registry;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Plant;
using ChandlerLoop.Simulator.Fleet;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Rig;
using ChandlerLoop.Simulator.Time;

namespace ChandlerLoop.Host.Web.Hosting;

/// <summary>
/// The rig side of the web host: the in-process broker, the simulated rigs and their ticking, and
/// the host's rig registry, telemetry ingest and run orchestrator on one MQTT connection. Started
/// and stopped with the web app (<see cref="RigRuntimeHostedService"/>); pages use
/// <see cref="Orchestrator"/>, <see cref="Registry"/> and <see cref="Fleet"/>.
/// </summary>
internal sealed class RigRuntime : IAsyncDisposable
{
    private readonly WebServeOptions _options;
    private readonly ChandlerDbContextFactory _databases;
    private readonly InProcessMqttBroker _broker = new();
    private readonly SimulationClock _simulation;
    private readonly IMqttClient _client;
    private CancellationTokenSource? _stopTicking;
    private Task? _ticking;

    /// <summary>
    /// Creates the runtime and its services (so they can be registered as instances that the
    /// dependency-injection container never disposes: a scope ending must not stop them); nothing
    /// connects or runs before <see cref="StartAsync"/>.
    /// </summary>
    public RigRuntime(WebServeOptions options, ChandlerDbContextFactory databases)
    {
        _options = options;
        _databases = databases;
        _simulation = new SimulationClock(options.Speed);
        Clock = new SimulatedTimeProvider(DateTimeOffset.UtcNow, _simulation);
        if (options.SimulatedRigs > 0)
        {
            Fleet = new RigFleet(options.SimulatedRigs, RigBrokerConnection.InProcess(_broker), _simulation,
                o => new VirtualRigOptions { RigId = o.RigId, NoiseSeed = o.NoiseSeed, Plant = PlantParameters.Default with { InitialTemperatureCelsius = options.InitialBathCelsius } });
        }

        _client = _broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("chandler-web-host").Build());
        Registry = new RigRegistry(_client, _databases, Clock);
        Ingest = new TelemetryIngest(_client, _databases, new TelemetryIngestOptions(), Clock);
        Orchestrator = new RunOrchestrator(_client, _databases, new RunOrchestratorOptions(), Clock, null, Ingest);
    }

    /// <summary>"Now" for every record the host writes (simulated time, see <see cref="SimulatedTimeProvider"/>).</summary>
    public SimulatedTimeProvider Clock { get; }

    /// <summary>Time acceleration of the simulated rigs.</summary>
    public double Speed => _options.Speed;

    /// <summary>The simulated rigs, or null when there are none.</summary>
    public RigFleet? Fleet { get; }

    /// <summary>Rig presence from the retained status topics.</summary>
    public RigRegistry Registry { get; }

    /// <summary>Telemetry and event ingest.</summary>
    public TelemetryIngest Ingest { get; }

    /// <summary>Commands to rigs and the run state machine.</summary>
    public RunOrchestrator Orchestrator { get; }

    /// <summary>Connects the host, starts registry, ingest and orchestrator, then the simulated rigs.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        await _client.ConnectAsync(ct).ConfigureAwait(false);
        await Registry.StartAsync(ct).ConfigureAwait(false);
        await Ingest.StartAsync(ct).ConfigureAwait(false);
        await Orchestrator.StartAsync(ct).ConfigureAwait(false);
        if (Fleet is not null)
        {
            await Fleet.StartAsync(ct).ConfigureAwait(false);
            _stopTicking = new CancellationTokenSource();
            var ticker = new SimulatedRigTicker(Fleet, _options.Speed > 1 ? _options.SampleAcknowledgeWait : TimeSpan.Zero);
            _ticking = Task.Run(() => ticker.RunAsync(_stopTicking.Token), CancellationToken.None);
        }
    }

    /// <summary>Stops the rigs first, then the host's services (which flush what they hold).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopTicking is not null)
        {
            await _stopTicking.CancelAsync().ConfigureAwait(false);
            if (_ticking is not null)
            {
                await _ticking.ConfigureAwait(false);
            }

            _stopTicking.Dispose();
        }

        if (Fleet is not null)
        {
            await Fleet.DisposeAsync().ConfigureAwait(false);
        }

        await Orchestrator.DisposeAsync().ConfigureAwait(false);
        await Ingest.DisposeAsync().ConfigureAwait(false);
        await Registry.DisposeAsync().ConfigureAwait(false);
        await _client.DisposeAsync().ConfigureAwait(false);
    }
}
