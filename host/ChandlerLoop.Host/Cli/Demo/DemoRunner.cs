using System.Collections.Concurrent;
using System.Globalization;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Acceptance;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Orchestration;
using ChandlerLoop.Host.Services.Registry;
using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Simulator.Fleet;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Time;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Cli.Demo;

/// <summary>
/// Runs the whole workflow in one process: in-process broker, virtual rigs, rig registry, telemetry
/// ingest and run orchestrator on the data folder's database; one SIMULATED six-loop run per rig
/// through pre-warm, load, the 30-min exposure with every sample acknowledged when due, then example
/// results and clot scores (<see cref="DemoResultModel"/>) and the acceptance evaluation.
/// </summary>
internal sealed class DemoRunner
{
    private static readonly RunState[] Finished = [RunState.Completed, RunState.Aborted, RunState.Faulted];

    private readonly CliContext _context;
    private readonly ChandlerDbContextFactory _factory;
    private readonly DemoOptions _options;

    /// <summary>Creates the runner.</summary>
    public DemoRunner(CliContext context, ChandlerDbContextFactory factory, DemoOptions options)
    {
        _context = context;
        _factory = factory;
        _options = options;
    }

    /// <summary>Progress callback: run key, state text, exposure fraction 0..1.</summary>
    public delegate void Progress(string runKey, string state, double fraction);

    /// <summary>Runs the demo; returns one outcome per run.</summary>
    public async Task<IReadOnlyList<DemoOutcome>> RunAsync(Progress progress, CancellationToken ct)
    {
        var simulation = new SimulationClock(_options.Speed);
        var clock = new DemoClock(_context.Clock.GetUtcNow(), simulation);
        await DemoRecords.EnsureOperatorAsync(_factory, clock, ct).ConfigureAwait(false);
        var broker = new InProcessMqttBroker();
        await using var fleet = new RigFleet(_options.Rigs, RigBrokerConnection.InProcess(broker), simulation);
        await using var host = broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("chandler-demo-host").Build());
        await host.ConnectAsync(ct).ConfigureAwait(false);
        await using var registry = new RigRegistry(host, _factory, clock);
        await using var ingest = new TelemetryIngest(host, _factory, new TelemetryIngestOptions(), clock);
        await using var orchestrator = new RunOrchestrator(host, _factory, new RunOrchestratorOptions(), clock, null, ingest);
        var due = new ConcurrentQueue<(long RunId, int Index)>();
        orchestrator.SampleDue += (runId, index, _) => due.Enqueue((runId, index));
        await registry.StartAsync(ct).ConfigureAwait(false);
        await ingest.StartAsync(ct).ConfigureAwait(false);
        await orchestrator.StartAsync(ct).ConfigureAwait(false);
        await fleet.StartAsync(ct).ConfigureAwait(false);

        using var stopTicking = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var ticking = Task.Run(() => TickAsync(fleet, stopTicking.Token), CancellationToken.None);
        try
        {
            var runs = await PrepareAsync(fleet, orchestrator, clock, ct).ConfigureAwait(false);
            await DriveAsync(runs, orchestrator, due, simulation, clock, progress, ticking, ct).ConfigureAwait(false);
            await WaitForIngestAsync(ingest, ct).ConfigureAwait(false);
            await stopTicking.CancelAsync().ConfigureAwait(false);
            await ticking.ConfigureAwait(false);
            return await FinishAsync(runs, clock, ct).ConfigureAwait(false);
        }
        finally
        {
            await stopTicking.CancelAsync().ConfigureAwait(false);
            try
            {
                await ticking.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped on purpose.
            }
        }
    }

    private async Task<List<(long Id, string Key, string Rig)>> PrepareAsync(RigFleet fleet, RunOrchestrator orchestrator, TimeProvider clock, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (fleet.Rigs.Any(r => !orchestrator.IsRigOnline(r.RigId)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new CliFailureException("the virtual rigs did not come online within 30 s.");
            }

            await Task.Delay(20, ct).ConfigureAwait(false);
        }

        var templateId = await new ProtocolTemplateService(_factory, clock).EnsureDefaultTemplateAsync(ct).ConfigureAwait(false);
        var setup = new RunSetupService(_factory, clock);
        var runs = new List<(long, string, string)>();
        for (var i = 0; i < fleet.Rigs.Count; i++)
        {
            var rigKey = fleet.Rigs[i].RigId;
            RunSetupResult draft;
            try
            {
                draft = await setup.CreateDraftAsync(DemoPlan.Request(rigKey, i, templateId, clock.GetUtcNow().UtcDateTime), ct).ConfigureAwait(false);
            }
            catch (SetupValidationException e)
            {
                throw new CliFailureException("demo run set-up refused: " + string.Join(" ", e.Errors));
            }

            var prewarm = await orchestrator.StartPrewarmAsync(draft.RunId, DemoPlan.OperatorUser, ct).ConfigureAwait(false);
            if (!prewarm.Accepted)
            {
                throw new CliFailureException("pre-warm of " + draft.RunKey + " on " + rigKey + " refused: " + prewarm.Reason + " " + prewarm.Detail);
            }

            runs.Add((draft.RunId, draft.RunKey, rigKey));
        }

        return runs;
    }

    private async Task DriveAsync(List<(long Id, string Key, string Rig)> runs, RunOrchestrator orchestrator, ConcurrentQueue<(long RunId, int Index)> due,
        SimulationClock simulation, TimeProvider clock, Progress progress, Task ticking, CancellationToken ct)
    {
        var loaded = new HashSet<long>();
        while (true)
        {
            if (ticking.IsCompleted)
            {
                await ticking.ConfigureAwait(false);
                throw new CliFailureException("the simulation stopped unexpectedly.");
            }

            while (due.TryDequeue(out var sample))
            {
                var key = runs.First(r => r.Id == sample.RunId).Key;
                var ack = await orchestrator.AcknowledgeSampleAsync(sample.RunId, sample.Index, key + "-T" + sample.Index.ToString(CultureInfo.InvariantCulture), DemoPlan.OperatorUser, ct).ConfigureAwait(false);
                if (!ack.Accepted)
                {
                    await _context.Error.WriteLineAsync("warning: sample " + sample.Index + " of " + key + " not acknowledged: " + ack.Reason + " " + ack.Detail).ConfigureAwait(false);
                }
            }

            List<Run> states;
            await using (var db = _factory.CreateDbContext())
            {
                var ids = runs.Select(r => r.Id).ToList();
                states = await db.Runs.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct).ConfigureAwait(false);
            }

            foreach (var run in states)
            {
                var exposed = run.LoadedAtUtc is { } at ? (clock.GetUtcNow().UtcDateTime - at).TotalMinutes / 30.0 : 0;
                progress(run.RunKey, CliFormat.Kebab(run.State), Finished.Contains(run.State) ? 1 : Math.Clamp(exposed, 0, 1));
                if (run.State == RunState.Ready && loaded.Add(run.Id))
                {
                    var confirm = await orchestrator.ConfirmLoadedAsync(run.Id, DemoPlan.OperatorUser, ct).ConfigureAwait(false);
                    if (!confirm.Accepted)
                    {
                        throw new CliFailureException("confirm loaded of " + run.RunKey + " refused: " + confirm.Reason + " " + confirm.Detail);
                    }
                }
            }

            if (states.All(r => Finished.Contains(r.State)) && due.IsEmpty)
            {
                return;
            }

            if (simulation.NowSeconds > _options.SimulatedTimeLimit.TotalSeconds)
            {
                throw new CliFailureException("the demo runs did not finish within " + _options.SimulatedTimeLimit.TotalHours + " h of simulated time.");
            }

            await Task.Delay(50, ct).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<DemoOutcome>> FinishAsync(List<(long Id, string Key, string Rig)> runs, TimeProvider clock, CancellationToken ct)
    {
        var outcomes = new List<DemoOutcome>();
        foreach (var (id, key, rig) in runs)
        {
            await DemoRecords.EnterExampleResultsAsync(_factory, clock, id, ct).ConfigureAwait(false);
            var report = await new AcceptanceService(_factory, clock).EvaluateAsync(id, DemoPlan.OperatorUser, ct).ConfigureAwait(false);
            var (points, gaps) = await DemoRecords.TelemetryAsync(_factory, id, ct).ConfigureAwait(false);
            string state;
            await using (var db = _factory.CreateDbContext())
            {
                state = CliFormat.Kebab((await db.Runs.AsNoTracking().FirstAsync(r => r.Id == id, ct).ConfigureAwait(false)).State);
            }

            outcomes.Add(new DemoOutcome(id, key, rig, state, report.Outcome, points, gaps, report.FailedChecks.Select(c => c.Code + ": " + c.Detail).ToList()));
        }

        return outcomes;
    }

    private static async Task WaitForIngestAsync(TelemetryIngest ingest, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (ingest.PendingCount > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, ct).ConfigureAwait(false);
        }

        await Task.Delay(300, ct).ConfigureAwait(false);
    }

    private static async Task TickAsync(RigFleet fleet, CancellationToken ct)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        for (long tick = 0; !ct.IsCancellationRequested; tick++)
        {
            var delay = fleet.Clock.DelayBeforeTick(tick, wall.Elapsed);
            if (delay > TimeSpan.FromMilliseconds(1))
            {
                try
                {
                    await Task.Delay(delay, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            await fleet.TickAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
