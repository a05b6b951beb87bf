using ChandlerLoop.Plant;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Rig;
using ChandlerLoop.Host.Services.Tests.Infrastructure;

namespace ChandlerLoop.Host.Services.Tests.Acceptance;

/// <summary>A virtual rig (key <see cref="RigDriver.RigKey"/>) on the harness's broker with a chosen starting bath temperature, driven tick by tick.</summary>
internal sealed class FullRunRig : IAsyncDisposable
{
    private readonly ServiceHarness _harness;
    private int _nextCommand;

    private FullRunRig(ServiceHarness harness, VirtualRig rig)
    {
        _harness = harness;
        Rig = rig;
    }

    public VirtualRig Rig { get; }

    public static async Task<FullRunRig> StartAsync(ServiceHarness harness, double bathCelsius)
    {
        var options = new VirtualRigOptions { RigId = RigDriver.RigKey, Plant = new PlantParameters { InitialTemperatureCelsius = bathCelsius } };
        var rig = new VirtualRig(options, RigBrokerConnection.InProcess(harness.Broker));
        await rig.StartAsync();
        return new FullRunRig(harness, rig);
    }

    /// <summary>Sends a command as the host, waits until the rig has it, and runs one tick so it is applied.</summary>
    public async Task CommandAsync(Func<string, RigCommand> create)
    {
        var received = Rig.ReceivedCommandCount;
        await _harness.PublishCommandAsync(create("a" + Interlocked.Increment(ref _nextCommand)));
        await Wait.UntilAsync(() => Rig.ReceivedCommandCount > received, "the rig to receive the command");
        await Rig.TickAsync();
    }

    public ValueTask DisposeAsync() => Rig.DisposeAsync();
}
