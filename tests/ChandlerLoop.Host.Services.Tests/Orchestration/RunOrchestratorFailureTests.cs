using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Orchestration;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using RigCoreState = ChandlerLoop.Control.Run.RunState;

namespace ChandlerLoop.Host.Services.Tests.Orchestration;

/// <summary>Commands nobody answers, rig faults, and records a rig no longer holds.</summary>
public sealed class RunOrchestratorFailureTests
{
    [Fact]
    public async Task A_command_nobody_answers_is_republished_with_the_same_id_then_times_out_and_a_late_answer_is_still_applied()
    {
        await using var s = await OrchestratorSession.StartAsync(new RunOrchestratorOptions { CommandTimeout = TimeSpan.FromMilliseconds(200), CommandAttempts = 3 });
        var runId = await new RunBuilder().CreateAsync(s.H.Database.Factory);

        // The rig is online but does not tick: it answers nothing.
        var outcome = await s.Orchestrator.StartPrewarmAsync(runId, "alice");

        Assert.True(outcome.TimedOut);
        Assert.False(outcome.Accepted);
        Assert.Equal(CommandOutcome.TimedOutReason, outcome.Reason);
        Assert.Equal(3, outcome.Attempts);
        await Wait.UntilAsync(() => s.H.Commands.OfType<StartPrewarmCommand>().Count() == 3, "three copies of the command");
        Assert.All(s.H.Commands.OfType<StartPrewarmCommand>(), c => Assert.Equal(outcome.CommandId, c.CommandId));
        Assert.Equal(RunState.Draft, (await s.RunAsync(runId)).State);

        // The rig comes back: it runs the first copy, ignores the repeated ids, and answers once.
        await s.Rig.RunTicksAsync(2);
        await s.WaitForRunAsync(runId, r => r.State == RunState.PreWarming && r.PrewarmStartedAtUtc is not null, "the late answer applied");
        Assert.Equal(RigCoreState.PreWarming, s.Rig.State);
        await Wait.UntilAsync(async () => (await s.H.Database.EventsAsync()).Count == s.Rig.LastEventSequence, "events stored");
        var answers = (await s.H.Database.EventsAsync()).Where(e => e.Kind == "command_result" && e.PayloadJson.Contains(outcome.CommandId!)).ToList();
        Assert.Single(answers);
        Assert.Equal(0, s.Orchestrator.PendingCommandCount);
    }

    [Fact]
    public async Task A_motor_stall_during_exposure_ends_the_run_faulted_with_a_deviation()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder { OffsetsMinutes = [0, 5], DurationMinutes = 5 }.CreateAsync(s.H.Database.Factory);
        await s.StartExposureAsync(runId);
        await s.Rig.RunTicksAsync(400); // 200 s of exposure: the drum is at speed
        s.Rig.InjectMotorStall(true);
        await s.TickUntilAsync(r => r.State == RigCoreState.Faulted, 120, "motor stall");

        await s.WaitForRunAsync(runId, r => r.State == RunState.Faulted, "run Faulted");
        var run = await s.RunAsync(runId);
        Assert.Equal("rig fault motor_stall", run.EndReason);
        Assert.NotNull(run.EndedAtUtc);
        await Wait.UntilAsync(async () => (await s.DeviationsAsync(runId)).Count > 0, "the fault deviation");
        var deviation = Assert.Single(await s.DeviationsAsync(runId));
        Assert.Equal("rig_fault_motor_stall", deviation.Code);
        Assert.True(deviation.IsAutomatic);
        Assert.Contains("motor_stall", deviation.What);

        // A faulted run takes no more commands.
        Assert.Equal(HostRefusals.WrongRunState, (await s.Orchestrator.AcknowledgeSampleAsync(runId, 1, null, "alice")).Reason);
    }

    [Fact]
    public async Task Records_a_rig_no_longer_holds_become_one_telemetry_lost_deviation_listing_each_range()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder().CreateAsync(s.H.Database.Factory);

        await s.H.PublishAsRigAsync(new CommandResultEvent(RigDriver.RigKey, RigDriver.RunKey, 500, 900, "c-other-1", "backfill", true, ProtocolReason.Ok, "records 1..99 no longer held"));
        await Wait.UntilAsync(async () => (await s.DeviationsAsync(runId)).Any(), "the telemetry_lost deviation");
        await s.H.PublishAsRigAsync(new CommandResultEvent(RigDriver.RigKey, RigDriver.RunKey, 501, 901, "c-other-2", "backfill", true, ProtocolReason.Ok, "records 150..160 no longer held"));
        await s.H.PublishAsRigAsync(new CommandResultEvent(RigDriver.RigKey, RigDriver.RunKey, 502, 902, "c-other-3", "identify", true, ProtocolReason.Ok, "records 300..400 no longer held"));
        await Wait.UntilAsync(async () => (await s.DeviationsAsync(runId)).Single().What.Contains("150..160"), "the second range");
        await s.H.WaitForFlushesAsync();

        var deviation = Assert.Single(await s.DeviationsAsync(runId));
        Assert.Equal(RunOrchestrator.TelemetryLostCode, deviation.Code);
        Assert.Contains("records 1..99 (99 s", deviation.What);
        Assert.DoesNotContain("300..400", deviation.What); // not a back-fill answer
    }
}
