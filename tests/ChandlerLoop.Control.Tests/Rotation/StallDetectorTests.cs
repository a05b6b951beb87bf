using ChandlerLoop.Control.Rotation;

namespace ChandlerLoop.Control.Tests.Rotation;

public class StallDetectorTests
{
    [Fact]
    public void Measured_below_half_of_commanded_for_the_stall_time_is_a_stall()
    {
        var detector = new StallDetector(5.0, 0.5, 2.0);
        Assert.False(detector.Update(0.0, 30.0, 14.0, true));
        Assert.False(detector.Update(1.5, 30.0, 14.0, true));
        Assert.True(detector.Update(2.0, 30.0, 14.0, true));
        Assert.Equal(2.0, detector.BelowSeconds);
    }

    [Fact]
    public void Not_armed_or_slow_command_or_adequate_speed_is_never_a_stall()
    {
        var detector = new StallDetector(5.0, 0.5, 2.0);
        for (double t = 0; t < 10; t += 0.5)
        {
            Assert.False(detector.Update(t, 30.0, 0.0, false));
        }

        for (double t = 10; t < 20; t += 0.5)
        {
            Assert.False(detector.Update(t, 4.0, 0.0, true));
        }

        for (double t = 20; t < 30; t += 0.5)
        {
            Assert.False(detector.Update(t, 30.0, 15.0, true));
        }
    }

    [Fact]
    public void Recovery_before_the_stall_time_restarts_the_timer()
    {
        var detector = new StallDetector(5.0, 0.5, 2.0);
        detector.Update(0.0, 30.0, 0.0, true);
        detector.Update(1.5, 30.0, 0.0, true);
        detector.Update(2.0, 30.0, 30.0, true);
        Assert.False(detector.Update(3.5, 30.0, 0.0, true));
        Assert.True(detector.Update(5.5, 30.0, 0.0, true));
    }
}
