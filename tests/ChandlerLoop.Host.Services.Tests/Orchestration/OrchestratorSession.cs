using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Orchestration;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Simulator.Rig;
using Microsoft.EntityFrameworkCore;
using RigCoreState = ChandlerLoop.Control.Run.RunState;

namespace ChandlerLoop.Host.Services.Tests.Orchestration;

/// <summary>
/// The service harness (broker, database, registry, ingest) plus a <see cref="RunOrchestrator"/> on the
/// same client and a virtual rig ticked by the test; a host restart replaces the ingest and orchestrator
/// with new ones on a new client and the same database.
/// </summary>
internal sealed class OrchestratorSession : IAsyncDisposable
{
    private readonly List<(long RunId, int Index, double Offset)> _due = [];
    private IMqttClient? _restartedClient;
    private TelemetryIngest? _restartedIngest;

    private OrchestratorSession(ServiceHarness harness, RigDriver driver, RunOrchestratorOptions options)
    {
        H = harness;
        D = driver;
        Options = options;
        Orchestrator = Create(harness.Host, harness.Ingest);
    }

    public ServiceHarness H { get; }

    public RigDriver D { get; }

    public VirtualRig Rig => D.Rig;

    public RunOrchestratorOptions Options { get; }

    public RunOrchestrator Orchestrator { get; private set; }

    public TelemetryIngest Ingest => _restartedIngest ?? H.Ingest;

    public IReadOnlyList<(long RunId, int Index, double Offset)> DueSamples
    {
        get
        {
            lock (_due)
            {
                return _due.ToArray();
            }
        }
    }

    public static async Task<OrchestratorSession> StartAsync(RunOrchestratorOptions? options = null, TelemetryIngestOptions? ingestOptions = null)
    {
        var harness = await ServiceHarness.StartAsync(ingestOptions);
        var driver = await RigDriver.StartAsync(harness, bathCelsius: 36.9);
        var session = new OrchestratorSession(harness, driver, options ?? new RunOrchestratorOptions { CommandTimeout = TimeSpan.FromSeconds(5), TrackerReleaseDelay = TimeSpan.FromSeconds(1) });
        await session.Orchestrator.StartAsync();
        await driver.Rig.TickAsync(); // the rig publishes its status in its first tick
        await Wait.UntilAsync(() => session.Orchestrator.IsRigOnline(RigDriver.RigKey), "the rig's status");
        return session;
    }

    /// <summary>
    /// Sends a command through the orchestrator and ticks the rig each time it has received a command (its
    /// own or a back-fill the host sent meanwhile) until the outcome is known, so the rig answers it.
    /// </summary>
    public async Task<CommandOutcome> CommandAsync(Func<RunOrchestrator, Task<CommandOutcome>> send)
    {
        var received = Rig.ReceivedCommandCount;
        var outcome = send(Orchestrator);
        while (!outcome.IsCompleted)
        {
            var now = Rig.ReceivedCommandCount;
            if (now > received)
            {
                received = now;
                await Rig.TickAsync();
            }
            else
            {
                await Task.Delay(5);
            }
        }

        return await outcome;
    }

    public async Task TickUntilAsync(Func<VirtualRig, bool> done, double maxSimulatedSeconds, string what)
    {
        var end = Rig.SimulatedSeconds + maxSimulatedSeconds;
        while (!done(Rig))
        {
            Assert.True(Rig.SimulatedSeconds < end, what + ": not reached within " + maxSimulatedSeconds + " s (rig " + Rig.State + ", fault " + Rig.Fault + ", " + Rig.Plant.ReadControlSensorCelsius() + " °C, duty " + Rig.HeaterDuty + ", t " + Rig.SimulatedSeconds + ")");
            await Rig.TickAsync();
        }
    }

    /// <summary>Start pre-warm, tick to ready, confirm loaded, acknowledge sample 0: the run is in exposure.</summary>
    public async Task StartExposureAsync(long runId)
    {
        Assert.True((await CommandAsync(o => o.StartPrewarmAsync(runId, "alice"))).Accepted);
        await TickUntilAsync(r => r.State == RigCoreState.Ready, 1800, "ready");
        await WaitForRunAsync(runId, r => r.State == RunState.Ready, "run Ready");
        Assert.True((await CommandAsync(o => o.ConfirmLoadedAsync(runId, "alice"))).Accepted);
        await TickUntilAsync(r => r.State == RigCoreState.SampleDue, 10, "sample 0 due");
        var ack = await CommandAsync(o => o.AcknowledgeSampleAsync(runId, 0, "T0", "alice"));
        Assert.True(ack.Accepted, ack.Detail);
    }

    public async Task<Run> RunAsync(long runId)
    {
        await using var db = H.Database.Factory.CreateDbContext();
        return await db.Runs.AsNoTracking().FirstAsync(r => r.Id == runId);
    }

    public async Task<List<Sample>> SamplesAsync(long runId)
    {
        await using var db = H.Database.Factory.CreateDbContext();
        return await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == runId).OrderBy(s => s.ScheduleIndex).ThenBy(s => s.LoopId).ToListAsync();
    }

    public async Task<List<Deviation>> DeviationsAsync(long runId)
    {
        await using var db = H.Database.Factory.CreateDbContext();
        return await db.Deviations.AsNoTracking().Where(d => d.RunId == runId).OrderBy(d => d.Id).ToListAsync();
    }

    public Task WaitForRunAsync(long runId, Func<Run, bool> condition, string what) =>
        Wait.UntilAsync(async () => condition(await RunAsync(runId)), what);

    /// <summary>A host restart: the orchestrator and ingest stop; new ones start on a new client and the same database.</summary>
    public async Task StopHostAsync()
    {
        await Orchestrator.DisposeAsync();
        await Ingest.DisposeAsync();
    }

    public async Task StartHostAgainAsync()
    {
        _restartedClient = H.Broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("host-restarted").Build());
        await _restartedClient.ConnectAsync();
        _restartedIngest = new TelemetryIngest(_restartedClient, H.Database.Factory,
            new TelemetryIngestOptions { FlushInterval = TimeSpan.FromMilliseconds(20), BackfillGracePeriod = TimeSpan.Zero }, H.Clock,
            new Protocol.Commands.CommandIdGenerator(H.Clock.GetUtcNow(), "test1"));
        await _restartedIngest.StartAsync();
        Orchestrator = Create(_restartedClient, _restartedIngest);
        await Orchestrator.StartAsync();
        await Wait.UntilAsync(() => Orchestrator.IsRigOnline(RigDriver.RigKey), "the retained status after the restart");
    }

    private RunOrchestrator Create(IMqttClient client, TelemetryIngest ingest)
    {
        var orchestrator = new RunOrchestrator(client, H.Database.Factory, Options, H.Clock, null, ingest);
        orchestrator.SampleDue += (run, index, offset) =>
        {
            lock (_due)
            {
                _due.Add((run, index, offset));
            }
        };
        return orchestrator;
    }

    public async ValueTask DisposeAsync()
    {
        await Orchestrator.DisposeAsync();
        await D.DisposeAsync();
        if (_restartedIngest is not null)
        {
            await _restartedIngest.DisposeAsync();
        }

        if (_restartedClient is not null)
        {
            await _restartedClient.DisposeAsync();
        }

        await H.DisposeAsync();
    }
}
