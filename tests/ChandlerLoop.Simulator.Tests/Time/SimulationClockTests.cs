using ChandlerLoop.Simulator.Time;

namespace ChandlerLoop.Simulator.Tests.Time;

public sealed class SimulationClockTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(600.5)]
    [InlineData(double.NaN)]
    public void An_acceleration_outside_1_to_600_is_refused(double acceleration) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationClock(acceleration));

    [Theory]
    [InlineData(1.0, 2.0)]
    [InlineData(600.0, 1200.0)]
    public void Pacing_is_ticks_of_half_a_second_per_wall_second(double acceleration, double ticksPerSecond) =>
        Assert.Equal(ticksPerSecond, new SimulationClock(acceleration).TicksPerWallSecond);

    [Fact]
    public void Time_advances_only_in_whole_ticks()
    {
        var clock = new SimulationClock(60);
        clock.Advance();
        clock.Advance();
        clock.Advance();
        Assert.Equal(1.5, clock.NowSeconds);
    }

    [Fact]
    public void A_tick_waits_until_it_is_due_and_a_late_tick_runs_at_once()
    {
        var clock = new SimulationClock(10); // 20 ticks per second: tick 10 due at 0.5 s
        Assert.Equal(TimeSpan.FromMilliseconds(300), clock.DelayBeforeTick(10, TimeSpan.FromMilliseconds(200)));
        Assert.Equal(TimeSpan.Zero, clock.DelayBeforeTick(10, TimeSpan.FromMilliseconds(900)));
    }
}
