using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Orchestration;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Names;
using ProtocolRigState = ChandlerLoop.Protocol.Names.RigState;
using RigCoreState = ChandlerLoop.Control.Run.RunState;

namespace ChandlerLoop.Host.Services.Tests.Orchestration;

/// <summary>Rig reboots, rig reconnections and host restarts in the middle of a run.</summary>
public sealed class RunOrchestratorRecoveryTests
{
    [Fact]
    public async Task A_rig_reboot_mid_run_records_a_deviation_aborts_the_run_and_back_fills_what_was_missed()
    {
        var ingest = new TelemetryIngestOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(20), BackfillGracePeriod = TimeSpan.Zero,
            BackfillRepeatInterval = TimeSpan.FromSeconds(1), BackfillMaximumRequests = 1,
        };
        await using var s = await OrchestratorSession.StartAsync(ingestOptions: ingest);
        var runId = await new RunBuilder { OffsetsMinutes = [0, 2, 4], DurationMinutes = 4 }.CreateAsync(s.H.Database.Factory);
        await s.StartExposureAsync(runId);
        await s.Rig.RunTicksAsync(60);
        await s.D.WaitUntilStoredCompleteAsync();
        var highestBefore = s.Rig.LastTelemetrySequence;

        s.Rig.Reboot();
        await s.Rig.RunTicksAsync(30); // 5 s off, boot idle with the interrupted run, reconnect

        await s.WaitForRunAsync(runId, r => r.State == RunState.Aborted, "run Aborted");
        var run = await s.RunAsync(runId);
        Assert.Equal("rig rebooted", run.EndReason);
        Assert.NotNull(run.EndedAtUtc);
        var reboot = Assert.Single(await s.DeviationsAsync(runId), d => d.Code == RunOrchestrator.RigRebootCode);
        Assert.Contains("Last state seen: running", reboot.What);
        Assert.Contains("last record seq", reboot.What);

        // The host asks for everything after the highest record it had.
        await Wait.UntilAsync(() => s.H.Commands.OfType<BackfillCommand>().Any(c => c.ToSequence is null), "the catch-up back-fill");
        var catchUp = s.H.Commands.OfType<BackfillCommand>().First(c => c.ToSequence is null);
        Assert.Equal(RigDriver.RunKey, catchUp.RunId);
        Assert.InRange(catchUp.FromSequence, highestBefore - 5, highestBefore + 1);

        // The numbers the rig skipped at boot never come back: the ingest gives up and the loss is recorded.
        await Wait.UntilAsync(async () =>
        {
            s.H.Clock.Advance(TimeSpan.FromSeconds(2));
            await s.Rig.TickAsync();
            return (await s.DeviationsAsync(runId)).Any(d => d.Code == RunOrchestrator.TelemetryLostCode);
        }, "the telemetry_lost deviation");
        Assert.Equal(RunState.Aborted, (await s.RunAsync(runId)).State);
    }

    [Fact]
    public async Task Older_statuses_delivered_again_mid_run_neither_abort_the_run_nor_move_its_state_back()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder { OffsetsMinutes = [0, 2, 4], DurationMinutes = 4 }.CreateAsync(s.H.Database.Factory);
        await s.StartExposureAsync(runId);
        await s.Rig.RunTicksAsync(20);
        await s.WaitForRunAsync(runId, r => r.State == RunState.Running, "run Running");
        Assert.True(s.H.Registry.TryGet(RigDriver.RigKey, out var presence) && presence.UptimeSeconds > 2,
            "the host has not seen a status later than the older ones below");

        // What a broker restart may hand out: a QoS 1 redelivery of a status from pre-warm, and the
        // retained status restored from before the run (idle, no run).
        await s.H.PublishAsRigAsync(RigStatus.CreateOnline(RigDriver.RigKey, ProtocolRigState.PreWarming, "0.1.0", RigDriver.RunKey, RigFault.None, 2));
        await s.H.PublishAsRigAsync(RigStatus.CreateOnline(RigDriver.RigKey, ProtocolRigState.Idle, "0.1.0", null, RigFault.None, 1));

        await s.TickUntilAsync(r => r.State == RigCoreState.SampleDue, 300, "sample 1 due");
        await s.WaitForRunAsync(runId, r => r.State == RunState.SampleDue, "run SampleDue (not aborted by an older status)");
        Assert.Null((await s.RunAsync(runId)).EndReason);
        Assert.Empty(await s.DeviationsAsync(runId));
    }

    [Fact]
    public async Task An_idle_status_naming_the_active_run_with_a_lower_uptime_is_a_reboot()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder { OffsetsMinutes = [0, 2, 4], DurationMinutes = 4 }.CreateAsync(s.H.Database.Factory);
        await s.StartExposureAsync(runId);
        await s.Rig.RunTicksAsync(20);
        await s.WaitForRunAsync(runId, r => r.State == RunState.Running, "run Running");

        await s.H.PublishAsRigAsync(RigStatus.CreateOnline(RigDriver.RigKey, ProtocolRigState.Idle, "0.1.0", RigDriver.RunKey, RigFault.None, 3));

        await s.WaitForRunAsync(runId, r => r.State == RunState.Aborted, "run Aborted");
        Assert.Equal("rig rebooted", (await s.RunAsync(runId)).EndReason);
        var reboot = Assert.Single(await s.DeviationsAsync(runId), d => d.Code == RunOrchestrator.RigRebootCode);
        Assert.Contains("idle with the run still active (uptime 3 s)", reboot.What);
    }

    [Fact]
    public async Task A_rig_that_reconnects_with_the_same_run_is_asked_for_the_records_sent_while_it_was_away()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder { OffsetsMinutes = [0, 4], DurationMinutes = 4 }.CreateAsync(s.H.Database.Factory);
        await s.StartExposureAsync(runId);
        await s.Rig.RunTicksAsync(20);
        await s.D.WaitUntilStoredCompleteAsync();

        s.Rig.DropNetwork(40);
        await s.Rig.RunTicksAsync(100);
        Assert.True(s.Rig.IsConnected);

        await Wait.UntilAsync(() => s.H.Commands.OfType<BackfillCommand>().Any(c => c.ToSequence is null), "the catch-up back-fill");
        await s.Rig.RunTicksAsync(10);
        await s.D.WaitUntilStoredCompleteAsync();
        Assert.Equal(RunState.Running, (await s.RunAsync(runId)).State);
        Assert.Empty(await s.DeviationsAsync(runId));
    }

    [Fact]
    public async Task After_a_host_restart_the_active_run_is_resumed_and_completes()
    {
        await using var s = await OrchestratorSession.StartAsync();
        var runId = await new RunBuilder { OffsetsMinutes = [0, 2, 4], DurationMinutes = 4 }.CreateAsync(s.H.Database.Factory);
        await s.StartExposureAsync(runId);
        await s.Rig.RunTicksAsync(20);
        await s.D.WaitUntilStoredCompleteAsync();

        await s.StopHostAsync();
        await s.Rig.RunTicksAsync(60); // 30 s without a host: those records are lost to it
        await s.StartHostAgainAsync();

        for (var index = 1; index < 3; index++)
        {
            await s.TickUntilAsync(r => r.State == RigCoreState.SampleDue, 300, "sample " + index + " due");
            var i = index;
            var ack = await s.CommandAsync(o => o.AcknowledgeSampleAsync(runId, i, "T" + i, "alice"));
            Assert.True(ack.Accepted, ack.Detail);
        }

        await s.Rig.RunTicksAsync(4);
        await s.WaitForRunAsync(runId, r => r.State == RunState.Completed, "run Completed");
        await Wait.UntilAsync(async () => (await s.SamplesAsync(runId)).All(x => x.TakenAtUtc is not null), "every sample recorded");
        Assert.Contains(s.H.Commands.OfType<BackfillCommand>(), c => c.ToSequence is null && c.RunId == RigDriver.RunKey);
        await s.D.WaitUntilStoredCompleteAsync(); // the 30 s the host missed were back-filled
        Assert.Empty(await s.DeviationsAsync(runId));
    }
}
