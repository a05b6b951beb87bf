using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Messages.Commands;
using Microsoft.EntityFrameworkCore;
using RigCoreState = ChandlerLoop.Control.Run.RunState;

namespace ChandlerLoop.Host.Services.Tests.Orchestration;

/// <summary>A whole run through the orchestrator against the virtual rig on the in-process broker.</summary>
public sealed class RunOrchestratorLifecycleTests
{
    [Fact]
    public async Task A_run_goes_from_prewarm_to_completed_with_its_state_time_stamps_and_samples_recorded()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder().CreateAsync(s.H.Database.Factory);
        var changes = 0;
        s.Orchestrator.RunChanged += id => { if (id == runId) { Interlocked.Increment(ref changes); } };

        var prewarm = await s.CommandAsync(o => o.StartPrewarmAsync(runId, "alice"));
        Assert.True(prewarm.Accepted, prewarm.Detail);
        Assert.Equal("ok", prewarm.Reason);
        Assert.Equal(1, prewarm.Attempts);
        var run = await s.RunAsync(runId);
        Assert.Equal(RunState.PreWarming, run.State);
        Assert.NotNull(run.PrewarmStartedAtUtc);

        // The command carried the run's protocol snapshot.
        var sent = Assert.Single(s.H.Commands.OfType<StartPrewarmCommand>());
        Assert.Equal((RigDriver.RunKey, 37.0, 30.0, 2.0, 0.3, 20.0), (sent.RunId, sent.SetpointCelsius, sent.SpeedRpm, sent.ExposureMinutes, sent.StabilityBandCelsius, sent.StabilityHoldSeconds));
        Assert.Equal([0.0, 1.0, 2.0], sent.SampleOffsetsMinutes);

        await s.TickUntilAsync(r => r.State == RigCoreState.Ready, 1800, "ready");
        await s.WaitForRunAsync(runId, r => r.State == RunState.Ready && r.ReadyAtUtc is not null, "run Ready");
        Assert.Null((await s.RunAsync(runId)).LoadedAtUtc);

        var loaded = await s.CommandAsync(o => o.ConfirmLoadedAsync(runId, "alice"));
        Assert.True(loaded.Accepted, loaded.Detail);
        run = await s.RunAsync(runId);
        Assert.NotNull(run.LoadedAtUtc);
        Assert.True(run.State is RunState.Running or RunState.SampleDue);

        for (var index = 0; index < 3; index++)
        {
            await s.TickUntilAsync(r => r.State == RigCoreState.SampleDue, 200, "sample " + index + " due");
            var i = index;
            await Wait.UntilAsync(() => s.DueSamples.Any(d => d.RunId == runId && d.Index == i), "SampleDue " + index);
            var ack = await s.CommandAsync(o => o.AcknowledgeSampleAsync(runId, i, "T" + i, "bob"));
            Assert.True(ack.Accepted, ack.Detail);
        }

        await s.Rig.RunTicksAsync(4);
        await s.WaitForRunAsync(runId, r => r.State == RunState.Completed, "run Completed");
        run = await s.RunAsync(runId);
        Assert.Equal("completed", run.EndReason);
        Assert.True(run.PrewarmStartedAtUtc <= run.ReadyAtUtc && run.ReadyAtUtc <= run.LoadedAtUtc && run.LoadedAtUtc <= run.EndedAtUtc);
        Assert.Equal([0.0, 1.0, 2.0], s.DueSamples.Where(d => d.RunId == runId).Select(d => d.Offset));
        Assert.True(changes >= 5);

        await Wait.UntilAsync(async () => (await s.SamplesAsync(runId)).All(x => x.TakenAtUtc is not null), "every sample recorded");
        var samples = await s.SamplesAsync(runId);
        Assert.Equal(6, samples.Count); // 2 loops × 3 time points
        Assert.All(samples, sample =>
        {
            Assert.NotNull(sample.TakenAtUtc);
            Assert.Equal("T" + sample.ScheduleIndex, sample.TubeId);
            // Acknowledged as soon as due: exposure at acknowledgement is the planned offset (± 2 s of ticks).
            Assert.InRange(sample.ActualExposureSeconds!.Value, sample.PlannedOffsetMinutes * 60 - 1, sample.PlannedOffsetMinutes * 60 + 2);
        });

        await using var db = s.H.Database.Factory.CreateDbContext();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Sample) && a.Field == nameof(Sample.TakenAtUtc)).ToListAsync();
        Assert.Equal(6, audit.Count);
        Assert.All(audit, a => Assert.Equal("bob", a.UserName));
        Assert.All(await db.Loops.AsNoTracking().Where(l => l.RunId == runId).ToListAsync(), l => Assert.Equal(run.LoadedAtUtc, l.LoadedAtUtc));
        Assert.Empty(await s.DeviationsAsync(runId));

        // Events are stored once, by the ingest only.
        await Wait.UntilAsync(async () => (await s.H.Database.EventsAsync()).Count == s.Rig.LastEventSequence, "every event stored");
    }

    [Fact]
    public async Task A_sample_the_rig_says_is_not_due_is_refused_with_its_reason_and_changes_nothing()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder().CreateAsync(s.H.Database.Factory);
        await s.StartExposureAsync(runId);
        await s.Rig.RunTicksAsync(10); // 5 s into the exposure: sample 1 (1 min) is not due
        await s.WaitForRunAsync(runId, r => r.State == RunState.Running, "run Running");

        var ack = await s.CommandAsync(o => o.AcknowledgeSampleAsync(runId, 1, "T1", "alice"));

        Assert.False(ack.Accepted);
        Assert.False(ack.TimedOut);
        Assert.Equal("sample_not_due", ack.Reason);
        Assert.False(string.IsNullOrWhiteSpace(ack.Detail));
        Assert.NotNull(ack.CommandId);
        await s.Rig.RunTicksAsync(2);
        Assert.Equal(RunState.Running, (await s.RunAsync(runId)).State);
        Assert.All((await s.SamplesAsync(runId)).Where(x => x.ScheduleIndex == 1), x => Assert.Null(x.TakenAtUtc));
    }

    [Fact]
    public async Task The_host_refuses_commands_the_run_or_rig_does_not_allow_without_sending_them()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder().CreateAsync(s.H.Database.Factory);
        var other = await new RunBuilder { RunKey = "R-20261121-02" }.CreateAsync(s.H.Database.Factory);

        var early = await s.Orchestrator.ConfirmLoadedAsync(runId, "alice");
        Assert.Equal(("wrong_run_state", false), (early.Reason, early.Accepted));
        Assert.Contains("Draft", early.Detail);
        Assert.Equal("run_not_found", (await s.Orchestrator.StartPrewarmAsync(9999, "alice")).Reason);
        Assert.Equal("invalid_argument", (await s.Orchestrator.IdentifyAsync(RigDriver.RigKey, 61)).Reason);

        Assert.True((await s.CommandAsync(o => o.StartPrewarmAsync(runId, "alice"))).Accepted);
        var busy = await s.Orchestrator.StartPrewarmAsync(other, "alice");
        Assert.Equal("rig_busy", busy.Reason);
        Assert.Contains(RigDriver.RunKey, busy.Detail);
        Assert.Equal("invalid_argument", (await s.Orchestrator.AcknowledgeSampleAsync(runId, 0, new string('x', 41), "alice")).Reason);

        await s.Rig.DisposeAsync(); // the broker publishes the rig's will: offline
        await Wait.UntilAsync(() => !s.Orchestrator.IsRigOnline(RigDriver.RigKey), "the offline will");
        var offline = await s.Orchestrator.AbortAsync(runId, Protocol.Names.RunAbortReason.Operator, null, "alice");
        Assert.Equal("rig_offline", offline.Reason);
        Assert.True(offline.RefusedBeforeSending);
        Assert.Single(s.H.Commands); // only the accepted start_prewarm went out
    }

    [Fact]
    public async Task An_operator_abort_ends_the_run_aborted_with_who_and_why()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder().CreateAsync(s.H.Database.Factory);
        Assert.True((await s.CommandAsync(o => o.StartPrewarmAsync(runId, "alice"))).Accepted);
        await s.Rig.RunTicksAsync(10);

        var identify = await s.CommandAsync(o => o.IdentifyAsync(RigDriver.RigKey, 5));
        Assert.True(identify.Accepted, identify.Detail);
        var abort = await s.CommandAsync(o => o.AbortAsync(runId, Protocol.Names.RunAbortReason.Operator, "donor sample haemolysed", "alice"));

        Assert.True(abort.Accepted, abort.Detail);
        await s.Rig.RunTicksAsync(2);
        await s.WaitForRunAsync(runId, r => r.State == RunState.Aborted, "run Aborted");
        var run = await s.RunAsync(runId);
        Assert.Equal("aborted by alice (operator): donor sample haemolysed", run.EndReason);
        Assert.NotNull(run.EndedAtUtc);
        Assert.Equal(RigCoreState.Aborted, s.Rig.State);
    }
}
