using ChandlerLoop.Control.Run;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Telemetry;

namespace ChandlerLoop.Simulator.Tests.Rig;

public sealed class VirtualRigNetworkDropTests
{
    [Fact]
    public async Task A_network_drop_leaves_a_gap_that_backfill_fills_exactly()
    {
        await using RigSession s = await RigSession.StartAsync();
        await s.StartExposureAsync([0, 30]);
        await s.CommandAsync(id => new AckSampleCommand(s.RigId, id, 0));
        await s.Rig.RunTicksAsync(120);
        await s.SettleAsync();

        s.Rig.DropNetwork(60);
        await s.Rig.TickAsync();
        Assert.False(s.Rig.IsConnected);
        await s.Rig.RunTicksAsync(118);
        Assert.False(s.Rig.IsConnected);
        await s.Rig.RunTicksAsync(4);
        Assert.True(s.Rig.IsConnected);
        Assert.Equal(RunState.Running, s.Rig.State); // kept controlling throughout
        await s.SettleAsync();

        // The broker published the will; the rig came back online.
        List<RigStatus> statuses = s.Host.Statuses(s.RigId).ToList();
        Assert.Contains(statuses, st => !st.Online);
        Assert.True(statuses[^1].Online);

        var tracker = new TelemetrySequenceTracker();
        foreach (TelemetryRecord t in s.RunTelemetry())
        {
            tracker.Accept(t.Sequence);
        }

        SequenceRange gap = Assert.Single(tracker.Gaps());
        // ~60 records were produced offline; the 16-slot outbound queue delivered the newest few late.
        Assert.InRange(gap.Count, 40, 60);

        CommandResultEvent result = await s.CommandAsync(id => new BackfillCommand(s.RigId, id, RigSession.RunId, gap.First, gap.Last));
        Assert.True(result.Accepted, result.Detail);
        await s.Rig.RunTicksAsync(6); // ≤ 50 records/s: 60 records take under 2 s
        await HostObserver.WaitUntilAsync(
            () => s.RunTelemetry().Count(t => t.Replay) >= gap.Count, "the replayed records");

        List<TelemetryRecord> replayed = s.RunTelemetry().Where(t => t.Replay).ToList();
        Assert.Equal(Enumerable.Range((int)gap.First, (int)gap.Count).Select(i => (long)i), replayed.Select(t => t.Sequence));
        foreach (TelemetryRecord t in replayed)
        {
            tracker.Accept(t.Sequence);
        }

        Assert.Empty(tracker.Gaps());
        // Replayed records carry the values of their time: 1 s apart, running, at 37 °C ± 0.5.
        Assert.All(replayed.Zip(replayed.Skip(1)), p => Assert.Equal(1.0, p.Second.TimeSinceBootSeconds - p.First.TimeSinceBootSeconds, 6));
        Assert.All(replayed, t => Assert.InRange(t.ControlTemperatureCelsius!.Value, 36.5, 37.5));
    }
}
