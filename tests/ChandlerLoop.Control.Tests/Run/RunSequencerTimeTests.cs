using ChandlerLoop.Control.Run;

namespace ChandlerLoop.Control.Tests.Run;

public class RunSequencerTimeTests
{
    public static TheoryData<double, RunRefusal> BadTimes => new()
    {
        { double.NaN, RunRefusal.InvalidTime },
        { double.PositiveInfinity, RunRefusal.InvalidTime },
        { double.NegativeInfinity, RunRefusal.InvalidTime },
        { RunScenario.T0 + 300.0 - 0.001, RunRefusal.TimeWentBackwards },
    };

    [Theory]
    [MemberData(nameof(BadTimes))]
    public void Update_with_a_bad_time_is_ignored_counted_and_changes_nothing_else(double badNow, RunRefusal kind)
    {
        Assert.NotEqual(RunRefusal.None, kind);
        RunSequencer s = RunScenario.In(RunState.SampleDue);
        string before = RunScenario.Snapshot(s);

        s.Update(badNow, 37.0);

        Assert.Equal(1, s.IgnoredUpdateCount);
        Assert.Equal(before.Replace("Ignored=0", "Ignored=1", StringComparison.Ordinal), RunScenario.Snapshot(s));
    }

    [Fact]
    public void Bad_times_do_not_disturb_the_stability_gate()
    {
        var s = new RunSequencer();
        s.StartPrewarm(0.0, new RunPlan());
        s.Update(10.0, 37.0);
        s.Update(5.0, 37.0);
        s.Update(double.NaN, 37.0);
        s.Update(309.9, 37.0);
        Assert.Equal(RunState.PreWarming, s.State);

        s.Update(310.0, 37.0);

        Assert.Equal(RunState.Ready, s.State);
        Assert.Equal(2, s.IgnoredUpdateCount);
    }

    [Fact]
    public void Bad_time_cannot_end_the_exposure_early()
    {
        RunSequencer s = RunScenario.In(RunState.Running);

        s.Update(double.PositiveInfinity, 37.0);
        s.Update(RunScenario.T0 + 10.0, 37.0);

        Assert.Equal(RunState.Running, s.State);
        Assert.False(s.IsExposureComplete);
        Assert.Equal(10.0, s.ExposureElapsedSeconds);
    }

    [Theory]
    [MemberData(nameof(BadTimes))]
    public void Commands_with_a_bad_time_are_refused_with_the_time_reason_and_change_nothing(double badNow, RunRefusal expected)
    {
        RunSequencer sampleDue = RunScenario.In(RunState.SampleDue);
        RunSequencer ready = RunScenario.In(RunState.Ready);
        RunSequencer completed = RunScenario.In(RunState.Completed);
        bool backwards = expected == RunRefusal.TimeWentBackwards;
        double readyBad = backwards ? RunScenario.GateMetAt - 0.001 : badNow;
        double completedBad = backwards ? completed.LastTimeSeconds - 0.001 : badNow;
        string dueBefore = RunScenario.Snapshot(sampleDue);
        string readyBefore = RunScenario.Snapshot(ready);
        string completedBefore = RunScenario.Snapshot(completed);

        Assert.Equal(expected, sampleDue.AcknowledgeSample(badNow, 0));
        Assert.Equal(expected, sampleDue.Abort(badNow, AbortReason.Operator));
        Assert.Equal(expected, ready.ConfirmLoaded(readyBad));
        Assert.Equal(expected, completed.StartPrewarm(completedBad, new RunPlan()));

        Assert.Equal(dueBefore, RunScenario.Snapshot(sampleDue));
        Assert.Equal(readyBefore, RunScenario.Snapshot(ready));
        Assert.Equal(completedBefore, RunScenario.Snapshot(completed));
    }

    [Fact]
    public void Same_time_as_the_latest_accepted_time_is_accepted()
    {
        RunSequencer s = RunScenario.In(RunState.SampleDue);
        double now = s.LastTimeSeconds;

        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(now, 0));
        s.Update(now, 37.0);

        Assert.Equal(0, s.IgnoredUpdateCount);
        Assert.Equal(now, s.GetSampleAcknowledgedAtSeconds(0));
    }

    [Fact]
    public void Time_check_comes_before_the_state_check()
    {
        var s = new RunSequencer();

        Assert.Equal(RunRefusal.InvalidTime, s.ConfirmLoaded(double.NaN));
        Assert.Equal(RunRefusal.WrongState, s.ConfirmLoaded(1.0));
    }

    [Fact]
    public void New_sequencer_has_no_time_and_no_state_change_yet()
    {
        var s = new RunSequencer();

        Assert.Equal(RunState.Idle, s.State);
        Assert.True(double.IsNaN(s.LastTimeSeconds));
        Assert.True(double.IsNaN(s.LastStateChangeSeconds));
        Assert.Equal(0, s.StateChangeCount);
        Assert.False(s.HeaterEnabled);
        Assert.False(s.RotationEnabled);
        Assert.True(double.IsNaN(s.SecondsUntilNextSample));
    }
}
