using System.Diagnostics;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Orchestration;
using RigRunState = ChandlerLoop.Control.Run.RunState;

namespace ChandlerLoop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One run end to end: Mosquitto, a migrated database with a draft run, the host services and a
/// virtual rig at 600×; the operator's steps go through <see cref="RunOrchestrator"/> and wait (wall
/// time, with time-outs) for the run's state in the database, as the UI would show it. Disposes
/// everything in reverse order.
/// </summary>
internal sealed class RunScenario : IAsyncDisposable
{
    public const string RigKey = "rig-01";
    public const string Operator = EndToEndDatabase.OperatorUserName;

    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private RunScenario(MosquittoProcess broker, EndToEndDatabase database, HostServices host, PacedRig rig, long runId, string runKey)
    {
        Broker = broker;
        Database = database;
        Host = host;
        Rig = rig;
        RunId = runId;
        RunKey = runKey;
    }

    public MosquittoProcess Broker { get; }

    public EndToEndDatabase Database { get; }

    public HostServices Host { get; private set; }

    public PacedRig Rig { get; }

    public long RunId { get; }

    public string RunKey { get; }

    public static async Task<RunScenario> StartAsync(string runKey)
    {
        var broker = await MosquittoProcess.StartAsync();
        var database = await EndToEndDatabase.CreateAsync();
        var runId = await database.CreateDraftRunAsync(RigKey, runKey);
        var host = await HostServices.StartAsync(broker.Port, database.Factory);
        var rig = await PacedRig.StartAsync(broker.Port, RigKey);
        var scenario = new RunScenario(broker, database, host, rig, runId, runKey);
        await rig.WaitUntilAsync(r => r.IsConnected, StepTimeout, "the rig to connect");
        return scenario;
    }

    /// <summary>Start pre-warm, wait for Ready, confirm loaded, acknowledge the t0 sample: the exposure is running.</summary>
    public async Task StartExposureAsync()
    {
        // The operator starts once the rig shows online (its retained status reached the host).
        await WaitUntilAsync(() => Task.FromResult(Host.Registry.TryGet(RigKey, out var p) && p.IsOnline), "the host to see the rig online");
        var waited = Stopwatch.StartNew();
        CommandOutcome prewarm;
        while ((prewarm = await Host.Orchestrator.StartPrewarmAsync(RunId, Operator)).Reason == HostRefusals.RigOffline && waited.Elapsed < StepTimeout)
        {
            await Task.Delay(20);
        }

        Assert.True(prewarm.Accepted, $"start pre-warm: {prewarm.Reason} {prewarm.Detail}");

        // Until now the rig idled at 1× so its bath stayed near 37 °C: pre-warming from below ~36.5 °C
        // does not reach Ready (the rig settles 0.5 °C low; see the e2e report). From here on, 600×.
        Rig.Acceleration = 600;
        await WaitForRunStateAsync(RunState.Ready);
        await ExpectAcceptedAsync(Host.Orchestrator.ConfirmLoadedAsync(RunId, Operator), "confirm loaded");
        await AcknowledgeSampleAsync(0);
    }

    /// <summary>Waits until sample <paramref name="index"/> is due (run state in the database), acknowledges it, and waits until the rig has taken it.</summary>
    public async Task AcknowledgeSampleAsync(int index)
    {
        await WaitForRunStateAsync(RunState.SampleDue);
        await ExpectAcceptedAsync(Host.Orchestrator.AcknowledgeSampleAsync(RunId, index, "T" + index, Operator), "acknowledge sample " + index);
        await WaitUntilAsync(async () => (await Database.SamplesTakenAsync(RunId)) > index, "sample " + index + " recorded as taken");
    }

    /// <summary>Disposes the host services and client, then starts new ones on the same database (a host restart).</summary>
    public async Task RestartHostAsync(TimeSpan downtime)
    {
        await Host.DisposeAsync();
        await Task.Delay(downtime);
        Host = await HostServices.StartAsync(Broker.Port, Database.Factory);
    }

    public Task WaitForRunStateAsync(RunState state) =>
        WaitUntilAsync(async () => (await Database.RunAsync(RunId)).State == state, "run state " + state);

    /// <summary>
    /// Slows the rig (it keeps sending telemetry of its last run after the end), takes its newest
    /// sequence number, and waits until the stored series holds every record up to it; returns the stored sequence numbers.
    /// </summary>
    public async Task<(List<int> Stored, int Newest)> WaitForTelemetryUpToNewestAsync()
    {
        Rig.Acceleration = 20;
        var newest = 0;
        await Rig.Act(r => newest = r.LastTelemetrySequence);
        List<int> stored = [];
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StepTimeout)
        {
            stored = await Database.SequencesAsync(RunId);
            if (stored.Count >= newest && stored.Count > 0 && stored[^1] == stored.Count)
            {
                break;
            }

            await Task.Delay(50);
        }

        return (stored, newest);
    }

    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > StepTimeout)
            {
                var run = await Database.RunAsync(RunId);
                Assert.Fail($"{what}: not reached within {StepTimeout.TotalSeconds} s (run {run.State} \"{run.EndReason}\"; rig {Rig.Rig.State}, seq {Rig.Rig.LastTelemetrySequence}, connected {Rig.Rig.IsConnected}, "
                    + $"bath {Rig.Rig.Plant.BathTemperatureCelsius:F2} °C, duty {Rig.Rig.HeaterDuty:F2}, fault {Rig.Rig.Fault})\n--- mosquitto ---\n{Broker.Log}");
            }

            await Task.Delay(20);
        }
    }

    private static async Task ExpectAcceptedAsync(Task<CommandOutcome> command, string what)
    {
        var outcome = await command;
        Assert.True(outcome.Accepted, $"{what}: {outcome.Reason} {outcome.Detail} (timed out: {outcome.TimedOut})");
    }

    public async ValueTask DisposeAsync()
    {
        await Rig.DisposeAsync();
        await Host.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>The rig's control state (for assertions on the rig itself).</summary>
    public RigRunState RigState => Rig.Rig.State;
}
