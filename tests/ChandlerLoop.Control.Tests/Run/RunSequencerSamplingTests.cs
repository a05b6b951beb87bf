using ChandlerLoop.Control.Run;

namespace ChandlerLoop.Control.Tests.Run;

public class RunSequencerSamplingTests
{
    private const double T0 = RunScenario.T0;

    /// <summary>Ready at 300 s with the given schedule and exposure; loaded at t0 = 400 s.</summary>
    private static RunSequencer Loaded(double[] offsetsMinutes, double exposureSeconds = 1800.0, bool rotateWhileDue = true)
    {
        var plan = new RunPlan { ExposureSeconds = exposureSeconds, ContinueRotationWhileSampleDue = rotateWhileDue };
        Assert.Equal(RunRefusal.None, plan.SetSampleOffsetsMinutes(offsetsMinutes));
        var s = new RunSequencer();
        Assert.Equal(RunRefusal.None, s.StartPrewarm(0.0, plan));
        s.Update(0.0, 37.0);
        s.Update(300.0, 37.0);
        Assert.Equal(RunRefusal.None, s.ConfirmLoaded(T0));
        return s;
    }

    [Fact]
    public void Confirm_loaded_sets_t0_and_starts_rotation_and_the_exposure_clock()
    {
        RunSequencer s = Loaded(new[] { 5.0 });

        Assert.Equal(RunState.Running, s.State);
        Assert.Equal(T0, s.T0Seconds);
        Assert.True(s.RotationEnabled);
        Assert.True(s.HeaterEnabled);
        Assert.Equal(30.0, s.TargetSpeedRpm);
        Assert.Equal(0.0, s.ExposureElapsedSeconds);

        s.Update(T0 + 100.0, 37.0);

        Assert.Equal(100.0, s.ExposureElapsedSeconds);
        Assert.Equal(1700.0, s.ExposureRemainingSeconds);
    }

    [Fact]
    public void Due_times_are_t0_plus_the_offsets_in_minutes()
    {
        RunSequencer s = Loaded(new[] { 5.0, 15.0, 30.0 });

        Assert.Equal(3, s.SampleCount);
        Assert.Equal(15.0, s.GetSampleOffsetMinutes(1));
        Assert.Equal(T0 + 300.0, s.GetSampleDueAtSeconds(0));
        Assert.Equal(T0 + 900.0, s.GetSampleDueAtSeconds(1));
        Assert.Equal(T0 + 1800.0, s.GetSampleDueAtSeconds(2));
        Assert.True(double.IsNaN(s.GetSampleAcknowledgedAtSeconds(0)));
        Assert.True(double.IsNaN(s.GetSampleDueAtSeconds(3)));
        Assert.True(double.IsNaN(s.GetSampleOffsetMinutes(-1)));
    }

    [Fact]
    public void Sample_becomes_due_exactly_at_its_time_and_not_before()
    {
        RunSequencer s = Loaded(new[] { 5.0 });
        s.Update(T0 + 299.9, 37.0);
        Assert.Equal(RunState.Running, s.State);
        Assert.Equal(0, s.NextSampleIndex);
        Assert.Equal(0.1, s.SecondsUntilNextSample, 9);

        s.Update(T0 + 300.0, 37.0);

        Assert.Equal(RunState.SampleDue, s.State);
        Assert.Equal(1, s.DueSampleCount);
        Assert.Equal(1, s.PendingSampleCount);
        Assert.Equal(T0 + 300.0, s.LastStateChangeSeconds);
        Assert.True(s.RotationEnabled);
    }

    [Fact]
    public void Acknowledgement_records_the_actual_time_and_returns_to_running()
    {
        RunSequencer s = Loaded(new[] { 5.0, 15.0 });
        s.Update(T0 + 300.0, 37.0);

        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 342.5, 0));

        Assert.Equal(RunState.Running, s.State);
        Assert.Equal(T0 + 342.5, s.GetSampleAcknowledgedAtSeconds(0));
        Assert.Equal(1, s.AcknowledgedSampleCount);
        Assert.Equal(1, s.NextSampleIndex);
        Assert.Equal(900.0 - 342.5, s.SecondsUntilNextSample, 9);
    }

    [Fact]
    public void Sample_at_offset_zero_is_due_at_t0()
    {
        RunSequencer s = Loaded(new[] { 0.0, 30.0 });

        Assert.Equal(RunState.SampleDue, s.State);
        Assert.Equal(T0, s.GetSampleDueAtSeconds(0));
        Assert.True(s.RotationEnabled);
        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 20.0, 0));
        Assert.Equal(RunState.Running, s.State);
    }

    [Fact]
    public void Rotation_pauses_while_a_sample_is_due_when_the_plan_says_so()
    {
        RunSequencer s = Loaded(new[] { 5.0 }, rotateWhileDue: false);
        s.Update(T0 + 300.0, 37.0);

        Assert.Equal(RunState.SampleDue, s.State);
        Assert.False(s.RotationEnabled);
        Assert.Equal(0.0, s.TargetSpeedRpm);
        Assert.True(s.HeaterEnabled);

        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 330.0, 0));

        Assert.True(s.RotationEnabled);
        Assert.Equal(30.0, s.TargetSpeedRpm);
    }

    [Fact]
    public void Several_samples_due_at_once_queue_and_are_acknowledged_in_order()
    {
        RunSequencer s = Loaded(new[] { 5.0, 10.0, 20.0 });
        s.Update(T0 + 700.0, 37.0);

        Assert.Equal(RunState.SampleDue, s.State);
        Assert.Equal(2, s.PendingSampleCount);
        Assert.Equal(0, s.NextSampleIndex);
        Assert.Equal(-400.0, s.SecondsUntilNextSample);
        Assert.Equal(RunRefusal.SampleOutOfOrder, s.AcknowledgeSample(T0 + 710.0, 1));

        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 710.0, 0));
        Assert.Equal(RunState.SampleDue, s.State);
        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 760.0, 1));

        Assert.Equal(RunState.Running, s.State);
        Assert.Equal(T0 + 710.0, s.GetSampleAcknowledgedAtSeconds(0));
        Assert.Equal(T0 + 760.0, s.GetSampleAcknowledgedAtSeconds(1));
    }

    [Fact]
    public void Late_acknowledgement_neither_stops_the_exposure_clock_nor_shifts_later_samples()
    {
        RunSequencer s = Loaded(new[] { 5.0, 15.0 });
        s.Update(T0 + 300.0, 37.0);
        s.Update(T0 + 800.0, 37.0);
        Assert.Equal(800.0, s.ExposureElapsedSeconds);

        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 850.0, 0));
        s.Update(T0 + 900.0, 37.0);

        Assert.Equal(RunState.SampleDue, s.State);
        Assert.Equal(T0 + 900.0, s.GetSampleDueAtSeconds(1));
        Assert.Equal(900.0, s.ExposureElapsedSeconds);
    }

    [Fact]
    public void Run_without_samples_completes_at_the_first_update_at_or_after_the_exposure_end()
    {
        RunSequencer s = Loaded(new double[0]);
        s.Update(T0 + 1799.5, 37.0);
        Assert.Equal(RunState.Running, s.State);

        s.Update(T0 + 1800.25, 37.0);

        Assert.Equal(RunState.Completed, s.State);
        Assert.True(s.IsExposureComplete);
        Assert.Equal(T0 + 1800.25, s.ExposureEndedAtSeconds);
        Assert.Equal(1800.25, s.ExposureElapsedSeconds);
        Assert.Equal(0.0, s.ExposureRemainingSeconds);
        Assert.False(s.HeaterEnabled);
        Assert.False(s.RotationEnabled);
        Assert.Equal(-1, s.NextSampleIndex);
    }

    [Fact]
    public void Sample_at_the_exposure_end_stops_rotation_and_completes_on_acknowledgement()
    {
        RunSequencer s = Loaded(new[] { 30.0 });
        s.Update(T0 + 1800.0, 37.0);

        Assert.Equal(RunState.SampleDue, s.State);
        Assert.True(s.IsExposureComplete);
        Assert.False(s.RotationEnabled);
        Assert.True(s.HeaterEnabled);

        s.Update(T0 + 1900.0, 37.0);
        Assert.Equal(1800.0, s.ExposureElapsedSeconds);
        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 1930.0, 0));

        Assert.Equal(RunState.Completed, s.State);
        Assert.Equal(T0 + 1930.0, s.LastStateChangeSeconds);
        Assert.False(s.HeaterEnabled);
    }

    [Fact]
    public void Run_does_not_complete_while_a_sample_is_outstanding()
    {
        RunSequencer s = Loaded(new[] { 25.0 });
        s.Update(T0 + 1500.0, 37.0);

        s.Update(T0 + 1800.0, 37.0);
        s.Update(T0 + 5000.0, 37.0);

        Assert.Equal(RunState.SampleDue, s.State);
        Assert.False(s.RotationEnabled);
        Assert.Equal(T0 + 1800.0, s.ExposureEndedAtSeconds);
        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 5001.0, 0));
        Assert.Equal(RunState.Completed, s.State);
    }

    [Fact]
    public void Samples_passed_by_a_late_update_are_all_raised_together_with_the_end()
    {
        RunSequencer s = Loaded(new[] { 10.0, 20.0, 30.0 });

        s.Update(T0 + 2000.0, 37.0);

        Assert.Equal(3, s.PendingSampleCount);
        Assert.Equal(RunState.SampleDue, s.State);
        Assert.True(s.IsExposureComplete);
    }

    [Theory]
    [InlineData(-1, RunRefusal.SampleIndexOutOfRange)]
    [InlineData(3, RunRefusal.SampleIndexOutOfRange)]
    [InlineData(0, RunRefusal.SampleAlreadyAcknowledged)]
    [InlineData(2, RunRefusal.SampleNotDue)]
    public void Acknowledging_the_wrong_index_is_refused_and_changes_nothing(int index, RunRefusal expected)
    {
        RunSequencer s = Loaded(new[] { 5.0, 10.0, 20.0 });
        s.Update(T0 + 300.0, 37.0);
        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 310.0, 0));
        s.Update(T0 + 600.0, 37.0);
        string before = RunScenario.Snapshot(s);

        Assert.Equal(expected, s.AcknowledgeSample(T0 + 620.0, index));

        Assert.Equal(before, RunScenario.Snapshot(s));
        Assert.Equal(RunState.SampleDue, s.State);
    }

    [Fact]
    public void Due_sample_count_rises_once_per_sample_for_event_publishing()
    {
        RunSequencer s = Loaded(new[] { 5.0, 10.0 });
        s.Update(T0 + 300.0, 37.0);
        s.Update(T0 + 301.0, 37.0);
        Assert.Equal(1, s.DueSampleCount);

        s.Update(T0 + 600.0, 37.0);

        Assert.Equal(2, s.DueSampleCount);
    }
}
