using ChandlerLoop.Control.Run;

namespace ChandlerLoop.Control.Tests.Run;

public class RunSequencerStabilityGateTests
{
    private static RunSequencer Prewarming(double bandCelsius = 0.3, double holdSeconds = 300.0)
    {
        var plan = new RunPlan { StabilityBandCelsius = bandCelsius, StabilityHoldSeconds = holdSeconds };
        var s = new RunSequencer();
        Assert.Equal(RunRefusal.None, s.StartPrewarm(0.0, plan));
        return s;
    }

    [Fact]
    public void Prewarming_turns_heater_on_and_rotation_off()
    {
        RunSequencer s = Prewarming();

        Assert.True(s.HeaterEnabled);
        Assert.False(s.RotationEnabled);
        Assert.Equal(0.0, s.TargetSpeedRpm);
        Assert.Equal(37.0, s.TargetTemperatureCelsius);
        Assert.Equal(0.0, s.PrewarmStartedAtSeconds);
    }

    [Fact]
    public void Gate_is_not_met_just_under_the_hold_time()
    {
        RunSequencer s = Prewarming();
        s.Update(0.0, 37.0);
        s.Update(299.999, 37.0);

        Assert.Equal(RunState.PreWarming, s.State);
        Assert.True(double.IsNaN(s.GateMetAtSeconds));
        Assert.Equal(299.999, s.StabilityHeldSeconds, 9);
    }

    [Fact]
    public void Gate_is_met_exactly_at_the_hold_time_and_records_time_to_stable()
    {
        RunSequencer s = Prewarming();
        s.Update(0.0, 37.0);
        s.Update(300.0, 37.0);

        Assert.Equal(RunState.Ready, s.State);
        Assert.Equal(300.0, s.GateMetAtSeconds);
        Assert.Equal(300.0, s.TimeToStableSeconds);
        Assert.Equal(300.0, s.LastStateChangeSeconds);
        Assert.True(s.HeaterEnabled);
        Assert.False(s.RotationEnabled);
    }

    [Fact]
    public void Hold_is_timed_from_the_first_in_band_reading_not_from_the_start()
    {
        RunSequencer s = Prewarming();
        s.Update(0.0, 25.0);
        s.Update(100.0, 36.5);
        s.Update(120.0, 36.8);
        s.Update(419.0, 37.1);
        Assert.Equal(RunState.PreWarming, s.State);

        s.Update(420.0, 37.1);

        Assert.Equal(RunState.Ready, s.State);
        Assert.Equal(420.0, s.TimeToStableSeconds);
    }

    [Theory]
    [InlineData(37.29, true)]
    [InlineData(36.71, true)]
    [InlineData(37.31, false)]
    [InlineData(36.69, false)]
    public void Band_is_plus_minus_the_configured_half_width(double readingCelsius, bool inBand)
    {
        RunSequencer s = Prewarming();
        s.Update(0.0, readingCelsius);
        s.Update(300.0, readingCelsius);

        Assert.Equal(inBand ? RunState.Ready : RunState.PreWarming, s.State);
    }

    [Fact]
    public void Leaving_the_band_restarts_the_hold()
    {
        RunSequencer s = Prewarming();
        s.Update(0.0, 37.0);
        s.Update(250.0, 37.0);
        s.Update(260.0, 37.4);
        s.Update(270.0, 37.0);
        s.Update(569.0, 37.0);
        Assert.Equal(RunState.PreWarming, s.State);

        s.Update(570.0, 37.0);

        Assert.Equal(RunState.Ready, s.State);
        Assert.Equal(570.0, s.GateMetAtSeconds);
    }

    [Fact]
    public void Nan_reading_counts_as_out_of_band()
    {
        RunSequencer s = Prewarming();
        s.Update(0.0, 37.0);
        s.Update(200.0, double.NaN);
        s.Update(210.0, 37.0);
        s.Update(300.0, 37.0);

        Assert.Equal(RunState.PreWarming, s.State);
        Assert.Equal(90.0, s.StabilityHeldSeconds);
    }

    [Fact]
    public void Leaving_the_band_while_ready_goes_back_to_prewarming_and_needs_a_full_hold_again()
    {
        RunSequencer s = Prewarming();
        s.Update(0.0, 37.0);
        s.Update(300.0, 37.0);
        s.Update(400.0, 37.2);
        Assert.Equal(RunState.Ready, s.State);

        s.Update(410.0, 36.6);

        Assert.Equal(RunState.PreWarming, s.State);
        Assert.Equal(1, s.StabilityLossCount);
        Assert.True(double.IsNaN(s.GateMetAtSeconds));
        Assert.Equal(410.0, s.LastStateChangeSeconds);
        Assert.Equal(RunRefusal.TemperatureNotStable, s.ConfirmLoaded(411.0));

        s.Update(420.0, 37.0);
        s.Update(719.0, 37.0);
        Assert.Equal(RunState.PreWarming, s.State);
        s.Update(720.0, 37.0);

        Assert.Equal(RunState.Ready, s.State);
        Assert.Equal(720.0, s.TimeToStableSeconds);
        Assert.Equal(1, s.StabilityLossCount);
    }

    [Fact]
    public void Nan_reading_while_ready_goes_back_to_prewarming()
    {
        RunSequencer s = Prewarming();
        s.Update(0.0, 37.0);
        s.Update(300.0, 37.0);

        s.Update(301.0, double.NaN);

        Assert.Equal(RunState.PreWarming, s.State);
    }

    [Fact]
    public void Band_and_hold_are_configurable()
    {
        RunSequencer s = Prewarming(bandCelsius: 0.1, holdSeconds: 60.0);
        s.Update(0.0, 37.15);
        s.Update(100.0, 37.15);
        Assert.Equal(RunState.PreWarming, s.State);

        s.Update(110.0, 37.05);
        s.Update(170.0, 37.05);

        Assert.Equal(RunState.Ready, s.State);
        Assert.Equal(0.1, s.StabilityBandCelsius);
        Assert.Equal(60.0, s.StabilityHoldSeconds);
    }

    [Fact]
    public void Zero_hold_makes_the_first_in_band_reading_enough()
    {
        RunSequencer s = Prewarming(holdSeconds: 0.0);
        s.Update(5.0, 36.0);
        Assert.Equal(RunState.PreWarming, s.State);

        s.Update(6.0, 37.0);

        Assert.Equal(RunState.Ready, s.State);
        Assert.Equal(6.0, s.GateMetAtSeconds);
    }

    [Fact]
    public void Temperature_leaving_the_band_after_t0_does_not_change_the_run()
    {
        RunSequencer s = RunScenario.In(RunState.Running);

        s.Update(RunScenario.T0 + 10.0, 33.0);

        Assert.Equal(RunState.Running, s.State);
        Assert.True(s.RotationEnabled);
        Assert.Equal(300.0, s.GateMetAtSeconds);
    }
}
