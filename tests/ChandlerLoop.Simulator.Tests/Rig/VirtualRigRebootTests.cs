using ChandlerLoop.Control.Run;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Simulator.Tests.Rig;

public sealed class VirtualRigRebootTests
{
    [Fact]
    public async Task A_reboot_mid_run_comes_back_idle_without_the_run_and_keeps_the_flashed_log()
    {
        await using RigSession s = await RigSession.StartAsync();
        await s.StartExposureAsync([0, 30]);
        await s.CommandAsync(id => new AckSampleCommand(s.RigId, id, 0));
        await s.Rig.RunTicksAsync(125);
        await s.SettleAsync();
        int lastBefore = s.Rig.LastTelemetrySequence;

        s.Rig.Reboot();
        await s.Rig.TickAsync();
        Assert.False(s.Rig.IsRunning);
        Assert.Equal(0.0, s.Rig.HeaterDuty);
        await s.Rig.RunTicksAsync(30); // 5 s dead, then boot and 10 s of the new boot
        Assert.True(s.Rig.IsRunning);
        Assert.Equal(2, s.Rig.BootCount);
        await s.SettleAsync(sinceLastOffline: true);

        // As the firmware: Idle, no run since boot, counters from 1, uptime from 0.
        Assert.Equal(RunState.Idle, s.Rig.State);
        Assert.Null(s.Rig.RunId);
        List<RigStatus> statuses = s.Host.Statuses(s.RigId).ToList();
        int offline = statuses.FindLastIndex(st => !st.Online);
        Assert.True(offline > 0, string.Join("\n", statuses));
        Assert.True(offline > 0);
        RigStatus back = statuses[offline + 1];
        Assert.Equal(RigState.Idle, back.State);
        Assert.Null(back.RunId);
        Assert.InRange(back.UptimeSeconds!.Value, 0, 2);

        List<RigMessage> all = s.Host.Messages.Where(m => m.RigId == s.RigId).ToList();
        List<TelemetryRecord> after = all.Skip(all.FindLastIndex(m => m is RigStatus { Online: false })).OfType<TelemetryRecord>().ToList();
        Assert.NotEmpty(after);
        Assert.All(after, t => Assert.Null(t.RunId));
        Assert.Equal(1, after[0].Sequence);
        Assert.InRange(after[0].TimeSinceBootSeconds, 0, 1);

        // The flash log still names the run and holds all but the last ≤ 10 s before the cut.
        (string? flashRun, int flashNewest) = s.Rig.FlashLog;
        Assert.Equal(RigSession.RunId, flashRun);
        Assert.InRange(flashNewest, lastBefore - 11, lastBefore);

        // The run is no longer the rig's current or last run: back-fill is refused (unknown_run).
        CommandResultEvent backfill = await s.CommandAsync(id => new BackfillCommand(s.RigId, id, RigSession.RunId, 1));
        Assert.False(backfill.Accepted);
        Assert.Equal(ProtocolReason.UnknownRun, backfill.Reason);
    }
}
