using ChandlerLoop.Control.Run;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Plant;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Simulator.Fleet;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Time;

namespace ChandlerLoop.Simulator.Tests.Fleet;

public sealed class RigFleetTests
{
    [Fact]
    public async Task Two_rigs_on_one_broker_do_not_interfere()
    {
        await using var broker = new InProcessMqttBroker();
        await using HostObserver host = await HostObserver.ConnectAsync(broker);
        await using var fleet = new RigFleet(2, RigBrokerConnection.InProcess(broker), new SimulationClock(600),
            o => new Simulator.Rig.VirtualRigOptions { RigId = o.RigId, NoiseSeed = o.NoiseSeed, Plant = new PlantParameters { InitialTemperatureCelsius = 36.9 } });
        await fleet.StartAsync();
        Assert.Equal(["rig-01", "rig-02"], fleet.Rigs.Select(r => r.RigId));

        await host.PublishAsync(new StartPrewarmCommand("rig-01", "c1", "R-A", 37, 30, 30, [0.0], 0.3, 60));
        await HostObserver.WaitUntilAsync(() => fleet["rig-01"].ReceivedCommandCount == 1, "rig-01 to receive its command");
        await fleet.RunTicksAsync(240);
        await HostObserver.WaitUntilAsync(
            () => host.Telemetry("rig-02").Any(t => t.Sequence == fleet["rig-02"].LastTelemetrySequence)
                  && host.Telemetry("rig-01").Any(t => t.Sequence == fleet["rig-01"].LastTelemetrySequence),
            "both rigs' latest telemetry");

        Assert.Equal(120.0, fleet.Clock.NowSeconds);
        Assert.Equal(0, fleet["rig-02"].ReceivedCommandCount);
        Assert.NotEqual(RunState.Idle, fleet["rig-01"].State);
        Assert.Equal(RunState.Idle, fleet["rig-02"].State);
        Assert.All(host.Telemetry("rig-02"), t => Assert.Null(t.RunId));
        Assert.Empty(host.Events("rig-02"));
        Assert.All(host.Telemetry("rig-01").Where(t => t.RunId != null), t => Assert.Equal("R-A", t.RunId));
        Assert.Single(host.Events("rig-01").OfType<CommandResultEvent>());
        // Each rig published its own 1 Hz stream: 120 s → 120 records (rig-01 restarted seq at the run).
        Assert.Equal(Enumerable.Range(1, 120).Select(i => (long)i), host.Telemetry("rig-02").Select(t => t.Sequence));
    }

    [Fact]
    public async Task Paced_running_takes_wall_time_per_the_acceleration()
    {
        await using var broker = new InProcessMqttBroker();
        await using var fleet = new RigFleet(1, RigBrokerConnection.InProcess(broker), new SimulationClock(600));
        await fleet.StartAsync();
        var wall = System.Diagnostics.Stopwatch.StartNew();
        await fleet.RunPacedAsync(TimeSpan.FromSeconds(120)); // 240 ticks at 1,200 per wall second: 0.2 s
        wall.Stop();

        Assert.Equal(240, fleet.Clock.TickCount);
        Assert.Equal(120.0, fleet.Rigs[0].SimulatedSeconds);
        Assert.True(wall.Elapsed >= TimeSpan.FromMilliseconds(180), $"paced run took only {wall.Elapsed}");
    }
}
