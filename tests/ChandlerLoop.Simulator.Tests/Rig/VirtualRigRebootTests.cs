using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Storage;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Simulator.Tests.Rig;

public sealed class VirtualRigRebootTests
{
    [Fact]
    public async Task A_reboot_mid_run_comes_back_idle_with_the_interrupted_run_whose_flashed_log_can_be_back_filled()
    {
        await using RigSession s = await RigSession.StartAsync();
        await s.StartExposureAsync([0, 30]);
        await s.CommandAsync(id => new AckSampleCommand(s.RigId, id, 0));
        await s.Rig.RunTicksAsync(125);
        await s.SettleAsync();
        int lastBefore = s.Rig.LastTelemetrySequence;
        int flushedBeforeCut = s.Rig.FlashLog.Newest;
        Assert.InRange(flushedBeforeCut, lastBefore - 11, lastBefore);

        s.Rig.Reboot();
        await s.Rig.TickAsync();
        Assert.False(s.Rig.IsRunning);
        Assert.Equal(0.0, s.Rig.HeaterDuty);
        await s.Rig.RunTicksAsync(30); // 5 s dead, then boot and 10 s of the new boot
        Assert.True(s.Rig.IsRunning);
        Assert.Equal(2, s.Rig.BootCount);
        await s.SettleAsync(sinceLastOffline: true);

        // As the firmware: Idle, the interrupted run kept as the last run, eseq and uptime from 0.
        Assert.Equal(RunState.Idle, s.Rig.State);
        Assert.Equal(RigSession.RunId, s.Rig.RunId);
        List<RigStatus> statuses = s.Host.Statuses(s.RigId).ToList();
        int offline = statuses.FindLastIndex(st => !st.Online);
        Assert.True(offline > 0, string.Join("\n", statuses));
        RigStatus back = statuses[offline + 1];
        Assert.Equal(RigState.Idle, back.State);
        Assert.Equal(RigSession.RunId, back.RunId);
        Assert.InRange(back.UptimeSeconds!.Value, 0, 2);

        // The flash log still names the run and holds all but the last ≤ 10 s before the cut.
        (string? flashRun, _) = s.Rig.FlashLog;
        Assert.Equal(RigSession.RunId, flashRun);

        List<RigMessage> all = s.Host.Messages.Where(m => m.RigId == s.RigId).ToList();
        int cut = all.FindLastIndex(m => m is RigStatus { Online: false });
        List<TelemetryRecord> after = all.Skip(cut).OfType<TelemetryRecord>().ToList();
        Assert.NotEmpty(after);
        Assert.All(after, t => Assert.Equal(RigSession.RunId, t.RunId));
        Assert.All(after, t => Assert.Equal(RigState.Idle, t.State));
        Assert.InRange(after[0].TimeSinceBootSeconds, 0, 1);
        // Numbering jumps past anything sent before the cut: no number is reused for another record.
        Assert.Equal(flushedBeforeCut + FlashTelemetryLog.RebootSequenceGap + 1, after[0].Sequence);
        Assert.True(after[0].Sequence > lastBefore, $"seq {after[0].Sequence} reuses a number sent before the cut ({lastBefore})");

        // The interrupted run is still the rig's last run: back-fill is accepted and replays it.
        int replaysBefore = s.Host.Messages.OfType<TelemetryRecord>().Count(t => t.Replay);
        CommandResultEvent backfill = await s.CommandAsync(id => new BackfillCommand(s.RigId, id, RigSession.RunId, 1, 20));
        Assert.True(backfill.Accepted, backfill.Detail);
        await s.Rig.RunTicksAsync(4);
        await s.SettleAsync();
        List<TelemetryRecord> replays = s.Host.Messages.OfType<TelemetryRecord>().Where(t => t.Replay).Skip(replaysBefore).ToList();
        Assert.Equal(Enumerable.Range(1, 20), replays.Select(t => (int)t.Sequence));
        Assert.All(replays, t => Assert.Equal(RigSession.RunId, t.RunId));
    }
}
