using ChandlerLoop.Control.Rotation;

namespace ChandlerLoop.Control.Tests.Rotation;

public class SpeedRampTests
{
    [Fact]
    public void Ramps_up_at_the_acceleration_and_stops_exactly_at_the_target()
    {
        var ramp = new SpeedRamp(10.0);
        Assert.Equal(5.0, ramp.Update(0.5, 30.0), 9);
        Assert.Equal(10.0, ramp.Update(0.5, 30.0), 9);
        for (int i = 0; i < 3; i++)
        {
            ramp.Update(0.5, 30.0);
        }

        Assert.Equal(25.0, ramp.CurrentRpm, 9);
        Assert.Equal(30.0, ramp.Update(0.5, 30.0), 9);
        Assert.Equal(30.0, ramp.Update(0.5, 30.0), 9);
    }

    [Fact]
    public void Ramps_down_at_the_same_rate()
    {
        var ramp = new SpeedRamp(10.0);
        ramp.Update(10.0, 30.0);
        Assert.Equal(25.0, ramp.Update(0.5, 0.0), 9);
    }

    [Fact]
    public void Non_positive_or_nan_elapsed_time_changes_nothing()
    {
        var ramp = new SpeedRamp(10.0);
        ramp.Update(1.0, 30.0);
        Assert.Equal(10.0, ramp.Update(0.0, 30.0));
        Assert.Equal(10.0, ramp.Update(-1.0, 30.0));
        Assert.Equal(10.0, ramp.Update(double.NaN, 30.0));
    }

    [Fact]
    public void Stop_drops_to_zero_at_once()
    {
        var ramp = new SpeedRamp(10.0);
        ramp.Update(5.0, 30.0);
        ramp.Stop();
        Assert.Equal(0.0, ramp.CurrentRpm);
    }
}
