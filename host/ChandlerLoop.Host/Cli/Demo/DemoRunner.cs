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
using ChandlerLoop.Plant;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Rig;
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
    /// <summary>
    /// Bath temperature at the start: the bath was switched on earlier (as labs do before drawing blood),
    /// so pre-warm takes minutes and blood drawn at set-up is loaded well within the 30-min limit. From a
    /// cold 22 °C bath the virtual rig's 150 W heater needs about 40 min.
    /// </summary>
    public const double PreheatedBathCelsius = 36.9;

    private static readonly RunState[] Finished = [RunState.Completed, RunState.Aborted, RunState.Faulted];

    private readonly SemaphoreSlim _changed = new(0);
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
        await using var fleet = new RigFleet(_options.Rigs, RigBrokerConnection.InProcess(broker), simulation,
            o => new VirtualRigOptions { RigId = o.RigId, NoiseSeed = o.NoiseSeed, Plant = new PlantParameters { InitialTemperatureCelsius = PreheatedBathCelsius } });
        await using var host = broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("chandler-demo-host").Build());
        await host.ConnectAsync(ct).ConfigureAwait(false);
        await using var registry = new RigRegistry(host, _factory, clock);
        await using var ingest = new TelemetryIngest(host, _factory, new TelemetryIngestOptions(), clock);
        await using var orchestrator = new RunOrchestrator(host, _factory, new RunOrchestratorOptions(), clock, null, ingest);
        var due = new ConcurrentQueue<(long RunId, int Index)>();
        orchestrator.SampleDue += (runId, index, _) => due.Enqueue((runId, index));
        orchestrator.RunChanged += _ => _changed.Release();
        await registry.StartAsync(ct).ConfigureAwait(false);
        await ingest.StartAsync(ct).ConfigureAwait(false);
        await orchestrator.StartAsync(ct).ConfigureAwait(false);
        await fleet.StartAsync(ct).ConfigureAwait(false);

        // Unpaced ticks until every rig's status is in, and the drafts before paced time starts, so
        // that set-up takes no simulated time.
        for (var i = 0; i < 200 && fleet.Rigs.Any(r => !orchestrator.IsRigOnline(r.RigId)); i++)
        {
            await fleet.TickAsync(ct).ConfigureAwait(false);
            await Task.Delay(5, ct).ConfigureAwait(false);
        }

        var runs = await CreateDraftsAsync(fleet, orchestrator, clock, ct).ConfigureAwait(false);
        using var stopTicking = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var ticking = Task.Run(() => TickAsync(fleet, stopTicking.Token), CancellationToken.None);
        try
        {
            foreach (var (id, key, rig) in runs)
            {
                var prewarm = await orchestrator.StartPrewarmAsync(id, DemoPlan.OperatorUser, ct).ConfigureAwait(false);
                if (!prewarm.Accepted)
                {
                    throw new CliFailureException("pre-warm of " + key + " on " + rig + " refused: " + prewarm.Reason + " " + prewarm.Detail);
                }
            }

            await DriveAsync(runs, orchestrator, due, simulation, clock, progress, ticking, ct).ConfigureAwait(false);
            // Stop the rigs first: while they tick at 600× the ingest always has records pending, and
            // the wait below would store hours of post-run idle telemetry.
            await stopTicking.CancelAsync().ConfigureAwait(false);
            await ticking.ConfigureAwait(false);
            await WaitForIngestAsync(ingest, ct).ConfigureAwait(false);
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

    private async Task<List<(long Id, string Key, string Rig)>> CreateDraftsAsync(RigFleet fleet, RunOrchestrator orchestrator, TimeProvider clock, CancellationToken ct)
    {
        var offline = fleet.Rigs.Where(r => !orchestrator.IsRigOnline(r.RigId)).Select(r => r.RigId).ToList();
        if (offline.Count > 0)
        {
            throw new CliFailureException("virtual rig(s) " + string.Join(", ", offline) + " did not come online.");
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

            foreach (var warning in draft.Warnings.GroupBy(w => w.Message))
            {
                // The set-up warnings an operator would see (e.g. AB-plasma vehicle with a group O donor), once per message.
                await _context.Error.WriteLineAsync("set-up warning for " + draft.RunKey + " (" + string.Join(", ", warning.Select(w => w.Field).Distinct())
                    + "): " + warning.Key).ConfigureAwait(false);
            }

            runs.Add((draft.RunId, draft.RunKey, rigKey));
        }

        return runs;
    }

    private async Task DriveAsync(List<(long Id, string Key, string Rig)> runs, RunOrchestrator orchestrator, ConcurrentQueue<(long RunId, int Index)> due,
        SimulationClock simulation, TimeProvider clock, Progress progress, Task ticking, CancellationToken ct)
    {
        var loaded = new HashSet<long>();
        var pending = new List<(long RunId, int Index)>();
        while (true)
        {
            if (ticking.IsCompleted)
            {
                await ticking.ConfigureAwait(false);
                throw new CliFailureException("the simulation stopped unexpectedly.");
            }

            while (due.TryDequeue(out var announced))
            {
                pending.Add(announced);
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

            // SampleDue is announced ahead; acknowledge once the rig says the sample is due.
            foreach (var sample in pending.ToList())
            {
                var run = states.First(r => r.Id == sample.RunId);
                if (Finished.Contains(run.State))
                {
                    pending.Remove(sample);
                    continue;
                }

                if (run.State != RunState.SampleDue)
                {
                    continue;
                }

                var ack = await orchestrator.AcknowledgeSampleAsync(sample.RunId, sample.Index, run.RunKey + "-T" + sample.Index.ToString(CultureInfo.InvariantCulture), DemoPlan.OperatorUser, ct).ConfigureAwait(false);
                if (ack.Accepted || ack.Reason != "sample_not_due")
                {
                    pending.Remove(sample);
                }

                if (!ack.Accepted && ack.Reason != "sample_not_due")
                {
                    await _context.Error.WriteLineAsync("warning: sample " + sample.Index + " of " + run.RunKey + " not acknowledged: " + ack.Reason + " " + ack.Detail).ConfigureAwait(false);
                }
            }

            if (states.All(r => Finished.Contains(r.State)) && due.IsEmpty && pending.Count == 0)
            {
                return;
            }

            if (simulation.NowSeconds > _options.SimulatedTimeLimit.TotalSeconds)
            {
                throw new CliFailureException("the demo runs did not finish within " + _options.SimulatedTimeLimit.TotalHours + " h of simulated time.");
            }

            await _changed.WaitAsync(TimeSpan.FromMilliseconds(20), ct).ConfigureAwait(false);
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

    // The demo operator is immediate: while a rig waits for a sample acknowledgement (its drum
    // stopped), simulated time pauses until the command arrives (at most 2 s of wall time).
    private static async Task TickAsync(RigFleet fleet, CancellationToken ct)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        long paced = 0;
        while (!ct.IsCancellationRequested)
        {
            if (fleet.Rigs.Any(r => r.State == ChandlerLoop.Control.Run.RunState.SampleDue))
            {
                var received = fleet.Rigs.Select(r => r.ReceivedCommandCount).ToArray();
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (!ct.IsCancellationRequested && waited.Elapsed < TimeSpan.FromSeconds(2)
                    && fleet.Rigs.Select(r => r.ReceivedCommandCount).SequenceEqual(received))
                {
                    await Task.Delay(1, CancellationToken.None).ConfigureAwait(false);
                }

                paced = 0;
                wall.Restart();
            }

            var delay = fleet.Clock.DelayBeforeTick(paced, wall.Elapsed);
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
            paced++;
        }
    }
}
