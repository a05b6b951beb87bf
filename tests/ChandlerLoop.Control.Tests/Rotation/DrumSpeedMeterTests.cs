using ChandlerLoop.Control.Rotation;

namespace ChandlerLoop.Control.Tests.Rotation;

public class DrumSpeedMeterTests
{
    /// <summary>Pulse count of an ideal drum: floor(revolutions × magnets), as a hall counter sees it.</summary>
    private static long Pulses(double rpm, double seconds, int magnets) => (long)Math.Floor(rpm / 60.0 * seconds * magnets);

    [Fact]
    public void Full_window_at_30_rpm_with_4_magnets_is_within_one_pulse_per_window()
    {
        var meter = new DrumSpeedMeter(4, 60.0, 0);
        for (double t = 0.0; t <= 300.0; t += 0.5)
        {
            meter.Update(t, Pulses(30.0, t, 4));
        }

        Assert.True(meter.WindowFilled);
        // One pulse in a window of >= 60 s at 4 pulses/rev is at most 0.25 rpm, i.e. 0.83 % of 30 rpm.
        Assert.InRange(meter.MeasuredRpm, 30.0 * (1 - 0.0084), 30.0 * (1 + 0.0084));
    }

    [Fact]
    public void Before_the_window_fills_it_measures_over_the_span_it_has()
    {
        var meter = new DrumSpeedMeter(100, 60.0, 0);
        for (double t = 0.0; t <= 10.0; t += 0.5)
        {
            meter.Update(t, Pulses(20.0, t, 100));
        }

        Assert.False(meter.WindowFilled);
        Assert.Equal(10.0, meter.SpanSeconds, 9);
        Assert.InRange(meter.MeasuredRpm, 19.9, 20.1);
    }

    [Fact]
    public void Follows_a_speed_change_after_one_window()
    {
        var meter = new DrumSpeedMeter(4, 10.0, 0);
        long count = 0;
        double t = 0.0;
        for (; t < 60.0; t += 0.5)
        {
            meter.Update(t, count);
            count += 1; // 2 pulses/s = 30 rpm
        }

        for (double end = t + 20.0; t < end; t += 0.5)
        {
            meter.Update(t, count); // stopped
        }

        Assert.Equal(0.0, meter.MeasuredRpm);
    }

    [Fact]
    public void A_wrapping_16_bit_counter_is_unwrapped_with_the_modulus()
    {
        var meter = new DrumSpeedMeter(4, 10.0, 65536);
        long raw = 65000;
        for (double t = 0.0; t <= 30.0; t += 0.5)
        {
            meter.Update(t, raw % 65536);
            raw += 100; // 200 pulses/s = 3000 rpm equivalent, wraps within the test
        }

        Assert.Equal(3000.0, meter.MeasuredRpm, 6);
        Assert.Equal(0, meter.CounterResets);
    }

    [Fact]
    public void A_counter_that_goes_back_without_a_modulus_is_a_reset_and_keeps_the_last_speed()
    {
        var meter = new DrumSpeedMeter(4, 10.0, 0);
        long count = 500;
        double t = 0.0;
        for (; t <= 20.0; t += 0.5)
        {
            meter.Update(t, count);
            count += 1;
        }

        double before = meter.MeasuredRpm;
        meter.Update(t, 0); // the driver restarted its counter
        Assert.Equal(1, meter.CounterResets);
        Assert.Equal(before, meter.MeasuredRpm);
        count = 0;
        for (double end = t + 20.0; t < end; t += 0.5)
        {
            count += 1;
            meter.Update(t + 0.5, count);
        }

        Assert.Equal(30.0, meter.MeasuredRpm, 6);
    }
}
