using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Run;

public class RunSequencerAbortFaultResetTests
{
    public static TheoryData<RunState> ActiveStates => new()
    {
        RunState.PreWarming, RunState.Ready, RunState.Running, RunState.SampleDue,
    };

    public static TheoryData<RunState> TerminalStates => new()
    {
        RunState.Completed, RunState.Aborted, RunState.Faulted,
    };

    [Theory]
    [MemberData(nameof(ActiveStates))]
    public void Abort_from_an_active_state_records_the_reason_and_turns_everything_off(RunState from)
    {
        RunSequencer s = RunScenario.In(from);
        double now = s.LastTimeSeconds + 5.0;

        Assert.Equal(RunRefusal.None, s.Abort(now, AbortReason.LidOpened));

        Assert.Equal(RunState.Aborted, s.State);
        Assert.Equal(AbortReason.LidOpened, s.AbortReason);
        Assert.Equal(FaultCode.None, s.FaultCode);
        Assert.Equal(now, s.LastStateChangeSeconds);
        Assert.False(s.HeaterEnabled);
        Assert.False(s.RotationEnabled);
        Assert.Equal(0.0, s.TargetSpeedRpm);
    }

    [Theory]
    [MemberData(nameof(ActiveStates))]
    public void Fault_from_an_active_state_records_the_code_and_turns_everything_off(RunState from)
    {
        RunSequencer s = RunScenario.In(from);
        double now = s.LastTimeSeconds + 5.0;

        s.Fault(now, FaultCode.SensorDisagreement);

        Assert.Equal(RunState.Faulted, s.State);
        Assert.Equal(FaultCode.SensorDisagreement, s.FaultCode);
        Assert.Equal(AbortReason.None, s.AbortReason);
        Assert.Equal(now, s.LastStateChangeSeconds);
        Assert.False(s.HeaterEnabled);
        Assert.False(s.RotationEnabled);
    }

    [Fact]
    public void Abort_after_t0_stops_the_exposure_clock_at_the_abort_time()
    {
        RunSequencer s = RunScenario.In(RunState.Running);
        Assert.Equal(RunRefusal.None, s.Abort(RunScenario.T0 + 120.0, AbortReason.Operator));

        s.Update(RunScenario.T0 + 900.0, 37.0);

        Assert.Equal(RunScenario.T0 + 120.0, s.ExposureEndedAtSeconds);
        Assert.Equal(120.0, s.ExposureElapsedSeconds);
        Assert.False(s.IsExposureComplete);
        Assert.Equal(RunState.Aborted, s.State);
    }

    [Fact]
    public void Abort_before_t0_leaves_no_exposure()
    {
        RunSequencer s = RunScenario.In(RunState.Ready);

        Assert.Equal(RunRefusal.None, s.Abort(350.0, AbortReason.Host));

        Assert.True(double.IsNaN(s.ExposureEndedAtSeconds));
        Assert.Equal(0.0, s.ExposureElapsedSeconds);
    }

    [Theory]
    [InlineData(AbortReason.None)]
    [InlineData((AbortReason)99)]
    [InlineData((AbortReason)(-1))]
    public void Abort_without_a_valid_reason_is_refused_and_changes_nothing(AbortReason reason)
    {
        RunSequencer s = RunScenario.In(RunState.Running);
        string before = RunScenario.Snapshot(s);

        Assert.Equal(RunRefusal.InvalidAbortReason, s.Abort(RunScenario.T0 + 1.0, reason));

        Assert.Equal(before, RunScenario.Snapshot(s));
    }

    [Fact]
    public void Fault_with_code_none_is_ignored()
    {
        RunSequencer s = RunScenario.In(RunState.Running);
        string before = RunScenario.Snapshot(s);

        s.Fault(RunScenario.T0 + 1.0, FaultCode.None);

        Assert.Equal(before, RunScenario.Snapshot(s));
    }

    [Fact]
    public void First_cause_of_a_finished_run_is_kept()
    {
        RunSequencer s = RunScenario.In(RunState.Running);
        s.Fault(RunScenario.T0 + 1.0, FaultCode.MotorStall);

        s.Fault(RunScenario.T0 + 2.0, FaultCode.OverTemperature);

        Assert.Equal(RunRefusal.WrongState, s.Abort(RunScenario.T0 + 3.0, AbortReason.Operator));
        Assert.Equal(FaultCode.MotorStall, s.FaultCode);
        Assert.Equal(AbortReason.None, s.AbortReason);
        Assert.Equal(RunScenario.T0 + 1.0, s.LastStateChangeSeconds);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(100.0)]
    public void Fault_with_a_bad_time_still_latches_at_the_latest_accepted_time(double badNow)
    {
        RunSequencer s = RunScenario.In(RunState.Running);

        s.Fault(badNow, FaultCode.ControlLoopStalled);

        Assert.Equal(RunState.Faulted, s.State);
        Assert.Equal(RunScenario.T0, s.LastStateChangeSeconds);
        Assert.Equal(RunScenario.T0, s.ExposureEndedAtSeconds);
    }

    [Theory]
    [MemberData(nameof(TerminalStates))]
    public void Reset_from_a_terminal_state_returns_to_idle_and_clears_the_record(RunState from)
    {
        RunSequencer s = RunScenario.In(from);
        double lastTime = s.LastTimeSeconds;

        Assert.Equal(RunRefusal.None, s.Reset());

        Assert.Equal(RunState.Idle, s.State);
        Assert.Equal(lastTime, s.LastStateChangeSeconds);
        Assert.Equal(0, s.SampleCount);
        Assert.Equal(-1, s.NextSampleIndex);
        Assert.True(double.IsNaN(s.T0Seconds));
        Assert.True(double.IsNaN(s.PrewarmStartedAtSeconds));
        Assert.True(double.IsNaN(s.GateMetAtSeconds));
        Assert.True(double.IsNaN(s.ExposureEndedAtSeconds));
        Assert.False(s.IsExposureComplete);
        Assert.Equal(AbortReason.None, s.AbortReason);
        Assert.Equal(FaultCode.None, s.FaultCode);
        Assert.False(s.HeaterEnabled);
    }

    [Fact]
    public void New_run_straight_from_a_terminal_state_starts_with_a_clean_record()
    {
        RunSequencer s = RunScenario.In(RunState.Completed);
        Assert.Equal(3, s.AcknowledgedSampleCount);
        var plan = new RunPlan { TargetTemperatureCelsius = 25.0 };
        Assert.Equal(RunRefusal.None, plan.SetSampleOffsetsMinutes(new[] { 1.0 }));

        Assert.Equal(RunRefusal.None, s.StartPrewarm(3000.0, plan));

        Assert.Equal(RunState.PreWarming, s.State);
        Assert.Equal(1, s.SampleCount);
        Assert.Equal(0, s.AcknowledgedSampleCount);
        Assert.True(double.IsNaN(s.GetSampleAcknowledgedAtSeconds(0)));
        Assert.True(double.IsNaN(s.T0Seconds));
        Assert.False(s.IsExposureComplete);
        Assert.Equal(3000.0, s.PrewarmStartedAtSeconds);
        Assert.Equal(25.0, s.TargetTemperatureCelsius);
    }

    [Fact]
    public void Full_run_walks_every_normal_state_in_order()
    {
        var seen = new List<RunState>();
        var s = new RunSequencer();
        void Note() { if (seen.Count == 0 || seen[^1] != s.State) { seen.Add(s.State); } }
        Note();
        var plan = new RunPlan();
        plan.SetSampleOffsetsMinutes(new[] { 0.0, 15.0, 30.0 });
        s.StartPrewarm(0.0, plan); Note();
        for (double t = 0.0; t <= 4000.0; t += 1.0)
        {
            s.Update(t, Math.Min(37.0, 30.0 + t / 10.0)); Note();
            if (s.State == RunState.Ready && t >= 500.0) { s.ConfirmLoaded(t); Note(); }
            if (s.State == RunState.SampleDue && s.SecondsUntilNextSample <= -30.0)
            {
                s.AcknowledgeSample(t, s.NextSampleIndex); Note();
            }
        }

        Assert.Equal(
            new[]
            {
                RunState.Idle, RunState.PreWarming, RunState.Ready, RunState.SampleDue, RunState.Running,
                RunState.SampleDue, RunState.Running, RunState.SampleDue, RunState.Completed,
            },
            seen);
        Assert.Equal(500.0, s.T0Seconds);
        // Warming at 0.1 °C/s from 30 °C: first reading within ±0.3 °C at t = 67 s (36.7 °C).
        Assert.Equal(367.0, s.TimeToStableSeconds);
        Assert.Equal(530.0, s.GetSampleAcknowledgedAtSeconds(0));
        Assert.Equal(500.0 + 900.0 + 30.0, s.GetSampleAcknowledgedAtSeconds(1));
        Assert.Equal(500.0 + 1800.0 + 30.0, s.GetSampleAcknowledgedAtSeconds(2));
        Assert.Equal(1800.0, s.ExposureElapsedSeconds);
    }
}
