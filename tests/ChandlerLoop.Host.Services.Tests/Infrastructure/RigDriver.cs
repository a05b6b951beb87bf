using ChandlerLoop.Plant;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Rig;

namespace ChandlerLoop.Host.Services.Tests.Infrastructure;

/// <summary>A virtual rig on the harness's broker, driven tick by tick; commands are sent by the host's client.</summary>
internal sealed class RigDriver : IAsyncDisposable
{
    public const string RigKey = "rig-01";
    public const string RunKey = "R-TEST-01";

    private readonly ServiceHarness _harness;
    private int _nextCommand;

    private RigDriver(ServiceHarness harness, VirtualRig rig)
    {
        _harness = harness;
        Rig = rig;
    }

    public VirtualRig Rig { get; }

    /// <summary>Starts rig <see cref="RigKey"/> with its bath at <paramref name="bathCelsius"/> (36.9 °C reaches a 37 °C stability gate within minutes).</summary>
    public static async Task<RigDriver> StartAsync(ServiceHarness harness, double bathCelsius = 36.0)
    {
        var options = new VirtualRigOptions { RigId = RigKey, Plant = new PlantParameters { InitialTemperatureCelsius = bathCelsius } };
        var rig = new VirtualRig(options, RigBrokerConnection.InProcess(harness.Broker));
        await rig.StartAsync();
        return new RigDriver(harness, rig);
    }

    /// <summary>Sends a command as the host, waits until the rig has it, and runs one tick so it is applied.</summary>
    public async Task CommandAsync(Func<string, RigCommand> create)
    {
        var received = Rig.ReceivedCommandCount;
        await _harness.PublishCommandAsync(create("t" + Interlocked.Increment(ref _nextCommand)));
        await Wait.UntilAsync(() => Rig.ReceivedCommandCount > received, "the rig to receive the command");
        await Rig.TickAsync();
    }

    /// <summary>Starts pre-warming run <see cref="RunKey"/> (37 °C, 30 rpm); telemetry of the run starts at seq 1.</summary>
    public Task StartPrewarmAsync() =>
        CommandAsync(id => new StartPrewarmCommand(RigKey, id, RunKey, 37.0, 30.0, 30.0, [0.0, 30.0]));

    /// <summary>Waits until the database holds exactly seq 1..(the rig's newest) of the run.</summary>
    public Task WaitUntilStoredCompleteAsync() => Wait.UntilAsync(async () =>
    {
        var stored = await _harness.Database.TelemetryAsync(RunKey);
        return stored.Count == Rig.LastTelemetrySequence && stored.Count > 0 && stored[^1].Sequence == Rig.LastTelemetrySequence;
    }, "seq 1.." + Rig.LastTelemetrySequence + " of " + RunKey + " in the database");

    public ValueTask DisposeAsync() => Rig.DisposeAsync();
}
