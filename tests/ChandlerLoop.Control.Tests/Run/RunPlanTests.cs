using ChandlerLoop.Control.Run;

namespace ChandlerLoop.Control.Tests.Run;

public class RunPlanTests
{
    [Fact]
    public void Defaults_are_the_domain_defaults_and_valid()
    {
        var plan = new RunPlan();

        Assert.Equal(37.0, plan.TargetTemperatureCelsius);
        Assert.Equal(30.0, plan.SpeedRpm);
        Assert.Equal(1800.0, plan.ExposureSeconds);
        Assert.Equal(0.3, plan.StabilityBandCelsius);
        Assert.Equal(300.0, plan.StabilityHoldSeconds);
        Assert.True(plan.ContinueRotationWhileSampleDue);
        Assert.Equal(0, plan.SampleCount);
        Assert.Equal(RunRefusal.None, plan.Validate());
    }

    public static TheoryData<string, double, RunRefusal> Ranges => new()
    {
        { "temperature", 20.0, RunRefusal.None },
        { "temperature", 42.0, RunRefusal.None },
        { "temperature", 19.99, RunRefusal.TargetTemperatureOutOfRange },
        { "temperature", 42.01, RunRefusal.TargetTemperatureOutOfRange },
        { "temperature", double.NaN, RunRefusal.TargetTemperatureOutOfRange },
        { "temperature", double.PositiveInfinity, RunRefusal.TargetTemperatureOutOfRange },
        { "speed", 1.0, RunRefusal.None },
        { "speed", 60.0, RunRefusal.None },
        { "speed", 0.99, RunRefusal.SpeedOutOfRange },
        { "speed", 60.01, RunRefusal.SpeedOutOfRange },
        { "speed", double.NaN, RunRefusal.SpeedOutOfRange },
        { "exposure", 60.0, RunRefusal.None },
        { "exposure", 14400.0, RunRefusal.None },
        { "exposure", 59.9, RunRefusal.ExposureOutOfRange },
        { "exposure", 14400.1, RunRefusal.ExposureOutOfRange },
        { "exposure", double.NaN, RunRefusal.ExposureOutOfRange },
        { "band", 0.05, RunRefusal.None },
        { "band", 1.0, RunRefusal.None },
        { "band", 0.0, RunRefusal.StabilityBandOutOfRange },
        { "band", 1.01, RunRefusal.StabilityBandOutOfRange },
        { "band", double.NaN, RunRefusal.StabilityBandOutOfRange },
        { "hold", 0.0, RunRefusal.None },
        { "hold", 3600.0, RunRefusal.None },
        { "hold", -1.0, RunRefusal.StabilityHoldOutOfRange },
        { "hold", 3600.1, RunRefusal.StabilityHoldOutOfRange },
        { "hold", double.NaN, RunRefusal.StabilityHoldOutOfRange },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Validate_enforces_the_hard_ranges(string field, double value, RunRefusal expected)
    {
        var plan = new RunPlan();
        switch (field)
        {
            case "temperature": plan.TargetTemperatureCelsius = value; break;
            case "speed": plan.SpeedRpm = value; break;
            case "exposure": plan.ExposureSeconds = value; break;
            case "band": plan.StabilityBandCelsius = value; break;
            default: plan.StabilityHoldSeconds = value; break;
        }

        Assert.Equal(expected, plan.Validate());
    }

    [Theory]
    [InlineData(new[] { 0.0, 30.0 }, RunRefusal.None)]
    [InlineData(new[] { 5.0, 15.0, 29.5 }, RunRefusal.None)]
    [InlineData(new[] { -0.5 }, RunRefusal.SampleOffsetOutOfRange)]
    [InlineData(new[] { 5.0, 30.01 }, RunRefusal.SampleOffsetOutOfRange)]
    [InlineData(new[] { double.NaN }, RunRefusal.SampleOffsetOutOfRange)]
    [InlineData(new[] { 5.0, 5.0 }, RunRefusal.DuplicateSampleOffset)]
    [InlineData(new[] { 15.0, 5.0 }, RunRefusal.SampleOffsetsNotAscending)]
    public void Validate_checks_sampling_offsets_against_a_30_minute_exposure(double[] offsets, RunRefusal expected)
    {
        var plan = new RunPlan();
        Assert.Equal(RunRefusal.None, plan.SetSampleOffsetsMinutes(offsets));

        Assert.Equal(expected, plan.Validate());
    }

    [Fact]
    public void Offsets_are_checked_against_the_exposure_set_after_them()
    {
        var plan = new RunPlan();
        plan.AddSampleOffsetMinutes(60.0);
        Assert.Equal(RunRefusal.SampleOffsetOutOfRange, plan.Validate());

        plan.ExposureSeconds = 3600.0;

        Assert.Equal(RunRefusal.None, plan.Validate());
    }

    [Fact]
    public void Schedule_holds_at_most_the_fixed_capacity()
    {
        var plan = new RunPlan();
        for (int i = 0; i < RunPlan.MaxSamples; i++)
        {
            Assert.Equal(RunRefusal.None, plan.AddSampleOffsetMinutes(i));
        }

        Assert.Equal(RunRefusal.TooManySamples, plan.AddSampleOffsetMinutes(20.0));
        Assert.Equal(RunPlan.MaxSamples, plan.SampleCount);
        Assert.Equal(15.0, plan.GetSampleOffsetMinutes(15));
        Assert.Equal(RunRefusal.None, plan.Validate());
    }

    [Fact]
    public void Setting_too_many_offsets_is_refused_and_keeps_the_old_schedule()
    {
        var plan = new RunPlan();
        plan.SetSampleOffsetsMinutes(new[] { 5.0, 10.0 });

        Assert.Equal(RunRefusal.TooManySamples, plan.SetSampleOffsetsMinutes(new double[RunPlan.MaxSamples + 1]));

        Assert.Equal(2, plan.SampleCount);
        Assert.Equal(10.0, plan.GetSampleOffsetMinutes(1));
        Assert.True(double.IsNaN(plan.GetSampleOffsetMinutes(2)));
    }

    [Fact]
    public void Clear_and_null_empty_the_schedule()
    {
        var plan = new RunPlan();
        plan.SetSampleOffsetsMinutes(new[] { 5.0 });
        plan.ClearSampleOffsets();
        Assert.Equal(0, plan.SampleCount);

        plan.SetSampleOffsetsMinutes(new[] { 5.0 });
        Assert.Equal(RunRefusal.None, plan.SetSampleOffsetsMinutes(null!));
        Assert.Equal(0, plan.SampleCount);
    }

    [Fact]
    public void Start_refuses_an_invalid_or_missing_plan_and_stays_idle()
    {
        var s = new RunSequencer();
        var plan = new RunPlan { SpeedRpm = 61.0 };

        Assert.Equal(RunRefusal.SpeedOutOfRange, s.StartPrewarm(0.0, plan));
        Assert.Equal(RunRefusal.PlanMissing, s.StartPrewarm(0.0, null!));
        Assert.Equal(RunState.Idle, s.State);
        Assert.Equal(0, s.StateChangeCount);
        Assert.True(double.IsNaN(s.LastTimeSeconds));
    }

    [Fact]
    public void Sequencer_runs_on_a_copy_so_later_plan_edits_do_not_affect_it()
    {
        var plan = new RunPlan { TargetTemperatureCelsius = 36.0, SpeedRpm = 20.0, ContinueRotationWhileSampleDue = false };
        plan.SetSampleOffsetsMinutes(new[] { 5.0, 10.0 });
        var s = new RunSequencer();
        s.StartPrewarm(0.0, plan);

        plan.TargetTemperatureCelsius = 40.0;
        plan.StabilityHoldSeconds = 10.0;
        plan.SetSampleOffsetsMinutes(new[] { 1.0 });

        Assert.Equal(36.0, s.TargetTemperatureCelsius);
        Assert.Equal(300.0, s.StabilityHoldSeconds);
        Assert.Equal(2, s.SampleCount);
        Assert.Equal(10.0, s.GetSampleOffsetMinutes(1));
        var copy = new RunPlan();
        s.CopyPlanTo(copy);
        Assert.Equal(20.0, copy.SpeedRpm);
        Assert.False(copy.ContinueRotationWhileSampleDue);
        Assert.Equal(2, copy.SampleCount);
        Assert.Equal(5.0, copy.GetSampleOffsetMinutes(0));
    }
}
