using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Control.Tests.Device;

public class DebouncerTests
{
    [Fact]
    public void Bounces_shorter_than_the_settle_time_are_ignored()
    {
        var debouncer = new Debouncer(0.05, false);
        Assert.False(debouncer.Update(0.000, true));
        Assert.False(debouncer.Update(0.010, false));
        Assert.False(debouncer.Update(0.020, true));
        Assert.False(debouncer.Update(0.060, true)); // only 40 ms since the last bounce
        Assert.False(debouncer.State);
        Assert.True(debouncer.Update(0.070, true));  // 50 ms steady
        Assert.True(debouncer.State);
    }

    [Fact]
    public void A_change_is_reported_exactly_once()
    {
        var debouncer = new Debouncer(0.05, false);
        debouncer.Update(0.0, true);
        int changes = 0;
        for (double t = 0.01; t < 1.0; t += 0.01)
        {
            if (debouncer.Update(t, true))
            {
                changes++;
            }
        }

        Assert.Equal(1, changes);
    }

    [Fact]
    public void Time_going_backwards_restarts_settling()
    {
        var debouncer = new Debouncer(0.05, false);
        debouncer.Update(10.0, true);
        Assert.False(debouncer.Update(5.0, true));
        Assert.False(debouncer.Update(5.04, true));
        Assert.True(debouncer.Update(5.1, true));
    }

    [Fact]
    public void Release_is_debounced_too()
    {
        var debouncer = new Debouncer(0.05, true);
        Assert.False(debouncer.Update(0.0, false));
        Assert.True(debouncer.Update(0.05, false));
        Assert.False(debouncer.State);
    }
}
