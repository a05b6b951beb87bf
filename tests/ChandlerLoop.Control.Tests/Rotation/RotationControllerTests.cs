using ChandlerLoop.Control.Rotation;

namespace ChandlerLoop.Control.Tests.Rotation;

public class RotationControllerTests
{
    private const double Tick = 0.5;

    /// <summary>Simulates an ideal drum that follows the commanded speed (or stands still when blocked).</summary>
    private sealed class IdealDrum
    {
        private double _revolutions;
        public bool Blocked { get; set; }
        public long Pulses => (long)Math.Floor(_revolutions * 4);
        public void Advance(double rpm, double seconds)
        {
            if (!Blocked)
            {
                _revolutions += rpm / 60.0 * seconds;
            }
        }
    }

    [Fact]
    public void Ramps_to_30_rpm_at_4800_Hz_and_measures_it()
    {
        var rotation = new RotationController(new RotationSettings());
        var drum = new IdealDrum();
        for (double t = 0.0; t < 200.0; t += Tick)
        {
            rotation.Measure(t, drum.Pulses);
            rotation.Drive(t, 30.0, true);
            drum.Advance(rotation.CommandedRpm, Tick);
        }

        Assert.Equal(30.0, rotation.CommandedRpm);
        Assert.Equal(4800.0, rotation.StepFrequencyHz, 9);
        Assert.True(rotation.MotorEnabled);
        Assert.InRange(rotation.MeasuredRpm, 29.75, 30.25);
        Assert.False(rotation.IsStalled);
    }

    [Fact]
    public void Commanded_speed_never_changes_faster_than_the_acceleration()
    {
        var rotation = new RotationController(new RotationSettings());
        double previous = 0.0;
        for (double t = 0.0; t < 20.0; t += Tick)
        {
            rotation.Drive(t, t < 10.0 ? 60.0 : 0.0, true);
            Assert.True(Math.Abs(rotation.CommandedRpm - previous) <= 10.0 * Tick + 1e-9);
            previous = rotation.CommandedRpm;
        }
    }

    [Fact]
    public void A_late_tick_does_not_make_the_ramp_jump()
    {
        var rotation = new RotationController(new RotationSettings());
        rotation.Drive(0.0, 30.0, true);
        rotation.Drive(30.0, 30.0, true);
        Assert.Equal(10.0 * RotationController.MaximumRampStepSeconds, rotation.CommandedRpm, 9);
    }

    [Fact]
    public void Disabled_ramps_down_and_then_disables_the_motor()
    {
        var rotation = new RotationController(new RotationSettings());
        double t = 0.0;
        for (; t < 10.0; t += Tick)
        {
            rotation.Drive(t, 30.0, true);
        }

        rotation.Drive(t, 30.0, false);
        Assert.Equal(25.0, rotation.CommandedRpm, 9);
        Assert.True(rotation.MotorEnabled);
        for (t += Tick; t < 20.0; t += Tick)
        {
            rotation.Drive(t, 30.0, false);
        }

        Assert.Equal(0.0, rotation.StepFrequencyHz);
        Assert.False(rotation.MotorEnabled);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(61.0)]
    [InlineData(double.NaN)]
    public void A_target_outside_0_to_maximum_is_rejected_and_the_drum_stops(double target)
    {
        var rotation = new RotationController(new RotationSettings());
        rotation.Drive(0.0, target, true);
        rotation.Drive(1.0, target, true);
        Assert.True(rotation.TargetRejected);
        Assert.Equal(0.0, rotation.CommandedRpm);
    }

    [Fact]
    public void A_drum_blocked_from_the_start_is_reported_after_the_grace_period_and_not_during_it()
    {
        var rotation = new RotationController(new RotationSettings());
        var drum = new IdealDrum { Blocked = true };
        double stalledAt = double.NaN;
        for (double t = 0.0; t < 60.0; t += Tick)
        {
            rotation.Measure(t, drum.Pulses);
            if (rotation.IsStalled)
            {
                stalledAt = t;
                break;
            }

            rotation.Drive(t, 30.0, true);
        }

        // Grace: stall window 10 s + ramp 30/10 = 3 s after motion starts at 0.5 s, then 2 s stall time.
        Assert.InRange(stalledAt, 15.5, 16.0);
    }

    [Fact]
    public void A_drum_blocked_while_turning_is_reported_within_half_a_stall_window_plus_the_stall_time()
    {
        var rotation = new RotationController(new RotationSettings());
        var drum = new IdealDrum();
        double t = 0.0;
        for (; t < 60.0; t += Tick)
        {
            rotation.Measure(t, drum.Pulses);
            rotation.Drive(t, 30.0, true);
            drum.Advance(rotation.CommandedRpm, Tick);
            Assert.False(rotation.IsStalled);
        }

        drum.Blocked = true;
        double blockedAt = t;
        for (; t < 120.0; t += Tick)
        {
            rotation.Measure(t, drum.Pulses);
            if (rotation.IsStalled)
            {
                break;
            }

            rotation.Drive(t, 30.0, true);
        }

        // The 10 s window speed falls below 15 rpm after about 5 s, then 2 s must pass.
        Assert.InRange(t - blockedAt, 6.0, 8.0);
    }

    [Fact]
    public void Stop_immediately_zeroes_the_output_and_clears_the_stall()
    {
        var rotation = new RotationController(new RotationSettings());
        for (double t = 0.0; t < 30.0; t += Tick)
        {
            rotation.Measure(t, 0);
            rotation.Drive(t, 30.0, true);
        }

        Assert.True(rotation.IsStalled);
        rotation.StopImmediately(30.0);
        Assert.Equal(0.0, rotation.StepFrequencyHz);
        Assert.False(rotation.MotorEnabled);
        Assert.False(rotation.IsStalled);
        rotation.Measure(30.5, 0);
        Assert.False(rotation.IsStalled);
        rotation.Drive(30.5, 30.0, true);
        Assert.Equal(5.0, rotation.CommandedRpm, 9);
    }
}
