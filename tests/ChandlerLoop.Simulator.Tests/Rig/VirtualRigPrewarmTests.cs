using ChandlerLoop.Control.Run;
using ChandlerLoop.Protocol.Messages.Events;

namespace ChandlerLoop.Simulator.Tests.Rig;

/// <summary>Pre-warm from a bath well below the set-point reaches the stability gate (the default gains, the real plant model).</summary>
public sealed class VirtualRigPrewarmTests
{
    [Theory]
    [InlineData(22.0, 3600)]  // room temperature: about 35 min at full power, then the 5-min hold
    [InlineData(36.0, 1200)]  // 1 °C below: a few minutes, then the hold
    [InlineData(36.75, 1200)] // inside the integral band with the heater off (a rig left idle after warming)
    public async Task A_bath_below_the_set_point_warms_to_ready_and_settles_at_the_set_point(double bathCelsius, double maxSeconds)
    {
        await using RigSession s = await RigSession.StartAsync(bathCelsius);

        CommandResultEvent prewarm = await s.StartPrewarmAsync([0, 30], holdSeconds: 300);
        Assert.True(prewarm.Accepted, prewarm.Detail);
        await s.TickUntilAsync(r => r.State == RunState.Ready, maxSeconds, "ready from " + bathCelsius + " °C");

        // The gate is ±0.3 °C for 300 s; the controller then holds the set-point itself, not the band edge.
        await s.Rig.RunTicksAsync(1200);
        Assert.InRange(s.Rig.Plant.BathTemperatureCelsius, 36.9, 37.1);
    }
}
