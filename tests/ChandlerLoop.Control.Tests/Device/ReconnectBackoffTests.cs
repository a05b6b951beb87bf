using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Control.Tests.Device;

public class ReconnectBackoffTests
{
    [Fact]
    public void Nominal_delay_doubles_up_to_the_cap()
    {
        var backoff = new ReconnectBackoff(1.0, 60.0);
        double[] full = new double[9];
        for (int i = 0; i < full.Length; i++)
        {
            full[i] = backoff.NextDelaySeconds(1.0);
        }

        Assert.Equal(new[] { 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0 }, full);
    }

    [Fact]
    public void Jitter_spreads_the_delay_between_half_and_all_of_the_nominal()
    {
        var low = new ReconnectBackoff(2.0, 60.0);
        var high = new ReconnectBackoff(2.0, 60.0);
        low.NextDelaySeconds(0.0);
        high.NextDelaySeconds(1.0);
        Assert.Equal(2.0, low.NextDelaySeconds(0.0));   // nominal 4 s
        Assert.Equal(4.0, high.NextDelaySeconds(1.0));
        Assert.Equal(6.0, new ReconnectBackoff(8.0, 60.0).NextDelaySeconds(0.5));
    }

    [Fact]
    public void Random_fraction_outside_0_1_is_clamped()
    {
        Assert.Equal(10.0, new ReconnectBackoff(10.0, 60.0).NextDelaySeconds(7.0));
        Assert.Equal(5.0, new ReconnectBackoff(10.0, 60.0).NextDelaySeconds(-3.0));
        Assert.Equal(5.0, new ReconnectBackoff(10.0, 60.0).NextDelaySeconds(double.NaN));
    }

    [Fact]
    public void Reset_returns_to_the_initial_delay()
    {
        var backoff = new ReconnectBackoff(1.0, 60.0);
        for (int i = 0; i < 5; i++)
        {
            backoff.NextDelaySeconds(1.0);
        }

        backoff.Reset();
        Assert.Equal(0, backoff.Failures);
        Assert.Equal(1.0, backoff.NextDelaySeconds(1.0));
    }

    [Fact]
    public void Many_failures_never_overflow_the_cap()
    {
        var backoff = new ReconnectBackoff(1.0, 300.0);
        double delay = 0.0;
        for (int i = 0; i < 10000; i++)
        {
            delay = backoff.NextDelaySeconds(1.0);
        }

        Assert.Equal(300.0, delay);
    }
}
