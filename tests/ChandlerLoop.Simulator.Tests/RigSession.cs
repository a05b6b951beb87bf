using ChandlerLoop.Control.Run;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Plant;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Rig;

namespace ChandlerLoop.Simulator.Tests;

/// <summary>
/// One virtual rig on an in-process broker with a <see cref="HostObserver"/>, driven tick by tick
/// (as fast as possible, deterministic: a command is run at the first tick after it has arrived).
/// </summary>
internal sealed class RigSession : IAsyncDisposable
{
    public const string RunId = "R-TEST-01";

    private RigSession(InProcessMqttBroker broker, HostObserver host, VirtualRig rig)
    {
        Broker = broker;
        Host = host;
        Rig = rig;
    }

    public InProcessMqttBroker Broker { get; }

    public HostObserver Host { get; }

    public VirtualRig Rig { get; }

    public string RigId => Rig.RigId;

    /// <summary>A started rig whose bath starts at <paramref name="bathCelsius"/>.</summary>
    public static async Task<RigSession> StartAsync(double bathCelsius = 36.9, int loopCount = 6, RigCalibration? calibration = null)
    {
        var broker = new InProcessMqttBroker();
        HostObserver host = await HostObserver.ConnectAsync(broker);
        var options = new VirtualRigOptions
        {
            RigId = "rig-01",
            Plant = new PlantParameters { InitialTemperatureCelsius = bathCelsius },
            LoopCount = loopCount,
            Calibration = calibration ?? RigCalibration.Uncalibrated,
        };
        var rig = new VirtualRig(options, RigBrokerConnection.InProcess(broker));
        await rig.StartAsync();
        return new RigSession(broker, host, rig);
    }

    /// <summary>Sends <paramref name="command"/>, waits until the rig has it, runs one tick, and
    /// returns the command_result the host received for it.</summary>
    public async Task<CommandResultEvent> CommandAsync(Func<string, RigCommand> create)
    {
        string id = Host.NextCommandId();
        int received = Rig.ReceivedCommandCount;
        await Host.PublishAsync(create(id));
        await HostObserver.WaitUntilAsync(() => Rig.ReceivedCommandCount > received, "the rig to receive " + id);
        await Rig.TickAsync();
        CommandResultEvent? result = null;
        await HostObserver.WaitUntilAsync(
            () => (result = Host.Events(RigId).OfType<CommandResultEvent>().FirstOrDefault(r => r.CommandId == id)) is not null,
            "the command_result of " + id);
        return result!;
    }

    public Task<CommandResultEvent> StartPrewarmAsync(double[] samplesMinutes, double exposureMinutes = 30, double holdSeconds = 60) =>
        CommandAsync(id => new StartPrewarmCommand(RigId, id, RunId, 37.0, 30.0, exposureMinutes, samplesMinutes, 0.3, holdSeconds));

    /// <summary>Ticks until <paramref name="done"/> or <paramref name="maxSimulatedSeconds"/> passed; fails on the latter.</summary>
    public async Task TickUntilAsync(Func<VirtualRig, bool> done, double maxSimulatedSeconds, string what)
    {
        double end = Rig.SimulatedSeconds + maxSimulatedSeconds;
        while (!done(Rig))
        {
            if (Rig.SimulatedSeconds >= end)
            {
                Assert.Fail($"{what}: not reached within {maxSimulatedSeconds} s (state {Rig.State}, fault {Rig.Fault}, t {Rig.SimulatedSeconds} s)");
            }

            await Rig.TickAsync();
        }
    }

    /// <summary>Pre-warm and confirm loaded: the run is in exposure afterwards.</summary>
    public async Task StartExposureAsync(double[] samplesMinutes, double exposureMinutes = 30)
    {
        Assert.True((await StartPrewarmAsync(samplesMinutes, exposureMinutes)).Accepted);
        await TickUntilAsync(r => r.State == RunState.Ready, 1800, "ready");
        Assert.True((await CommandAsync(id => new ConfirmLoadedCommand(RigId, id))).Accepted);
    }

    /// <summary>Waits until the host has the rig's latest event and live telemetry record. After a
    /// reboot (<paramref name="sinceLastOffline"/>) only messages after the rig's latest offline
    /// status count, so records of the earlier boot with the same numbers do not.</summary>
    public Task SettleAsync(bool sinceLastOffline = false) => HostObserver.WaitUntilAsync(() =>
    {
        List<RigMessage> all = Host.Messages.Where(m => m.RigId == RigId).ToList();
        int boot = sinceLastOffline ? all.FindLastIndex(m => m is RigStatus { Online: false }) + 1 : 0;
        List<RigMessage> current = all.Skip(boot).ToList();
        string? run = Rig.RunId;
        bool events = Rig.LastEventSequence == 0 || current.OfType<RigEvent>().Any(e => e.EventSequence == Rig.LastEventSequence);
        bool telemetry = current.OfType<TelemetryRecord>().Any(t => t.RunId == run && t.Sequence == Rig.LastTelemetrySequence && !t.Replay);
        bool status = current.OfType<RigStatus>().Any() || boot == 0;
        return events && telemetry && status;
    }, "the host to receive the rig's latest event, telemetry and status");

    public IReadOnlyList<TelemetryRecord> RunTelemetry() =>
        Host.Telemetry(RigId).Where(t => t.RunId == RunId).ToList();

    public async ValueTask DisposeAsync()
    {
        await Rig.DisposeAsync();
        await Host.DisposeAsync();
        await Broker.DisposeAsync();
    }
}
