using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Rotation;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Tests.Rig;

public class RigControllerTests
{
    private static RigController Create(ITemperatureController controller) =>
        new(new SafetySupervisor(new SafetyLimits()), new RotationController(new RotationSettings()), new RunSequencer(), controller);

    private static void Feed(RigInputs inputs, double now, double control, double safety, long pulses = 0)
    {
        inputs.NowSeconds = now;
        inputs.ControlCelsius = control;
        inputs.ControlReadingSeconds = now;
        inputs.SafetyCelsius = safety;
        inputs.SafetyReadingSeconds = now;
        inputs.DrumPulseCount = pulses;
    }

    private static RunPlan QuickPlan() => new() { StabilityHoldSeconds = 0.0 };

    [Fact]
    public void Idle_rig_keeps_heater_and_motor_off()
    {
        var fake = new FakeTemperatureController(0.7);
        var rig = Create(fake);
        var inputs = new RigInputs();
        var outputs = new RigOutputs();
        Feed(inputs, 0.0, 25.0, 25.0);
        rig.Tick(inputs, outputs);
        Assert.Equal(RunState.Idle, outputs.State);
        Assert.Equal(0.0, outputs.HeaterDuty);
        Assert.Equal(0.0, outputs.StepFrequencyHz);
        Assert.Equal(0, fake.UpdateCount);
    }

    [Fact]
    public void Pre_warming_uses_the_controller_duty_and_the_plan_set_point()
    {
        var fake = new FakeTemperatureController(0.7);
        var rig = Create(fake);
        var inputs = new RigInputs();
        var outputs = new RigOutputs();
        Assert.Equal(RigRefusal.None, rig.StartPrewarm(0.0, new RunPlan { TargetTemperatureCelsius = 36.0 }));
        Feed(inputs, 0.0, 25.0, 25.0);
        rig.Tick(inputs, outputs);
        Assert.Equal(0.7, outputs.HeaterDuty);
        Assert.Equal(36.0, fake.LastTargetCelsius);
        Assert.Equal(1, fake.ResetCount);
        Assert.Equal(0.0, fake.LastResetDuty);
    }

    [Theory]
    [InlineData(double.NaN, 0.0)]
    [InlineData(-0.3, 0.0)]
    [InlineData(1.7, 1.0)]
    public void A_controller_returning_nonsense_never_reaches_the_heater(double duty, double expected)
    {
        var rig = Create(new FakeTemperatureController(duty));
        var inputs = new RigInputs();
        var outputs = new RigOutputs();
        rig.StartPrewarm(0.0, QuickPlan());
        Feed(inputs, 0.0, 30.0, 30.0);
        rig.Tick(inputs, outputs);
        Assert.Equal(expected, outputs.HeaterDuty);
    }

    [Fact]
    public void A_fault_forces_duty_zero_in_the_same_tick_and_faults_the_run()
    {
        var rig = Create(new FakeTemperatureController(1.0));
        var inputs = new RigInputs();
        var outputs = new RigOutputs();
        rig.StartPrewarm(0.0, QuickPlan());
        Feed(inputs, 0.0, 38.9, 38.8);
        rig.Tick(inputs, outputs);
        Assert.Equal(1.0, outputs.HeaterDuty);
        Feed(inputs, 0.5, 39.2, 38.9);
        rig.Tick(inputs, outputs);
        Assert.Equal(0.0, outputs.HeaterDuty);
        Assert.Equal(FaultCode.OverTemperature, outputs.FaultCode);
        Assert.Equal(39.2, outputs.Fault.Value);
        Assert.Equal(RunState.Faulted, outputs.State);
        Assert.True(outputs.BuzzerOn);
    }

    [Fact]
    public void A_latched_fault_refuses_a_new_run_and_its_set_point()
    {
        var rig = Create(new FakeTemperatureController(0.0));
        var inputs = new RigInputs();
        var outputs = new RigOutputs();
        Feed(inputs, 0.0, double.NaN, 25.0);
        rig.Tick(inputs, outputs);
        Assert.Equal(FaultCode.ControlSensorInvalid, outputs.FaultCode);
        Assert.Equal(RigRefusal.Faulted, rig.StartPrewarm(0.5, QuickPlan()));
        Assert.Equal(RunState.Idle, rig.Sequencer.State);
    }

    [Fact]
    public void A_set_point_within_the_margin_of_the_limit_is_refused_before_the_sequencer_sees_it()
    {
        var rig = Create(new FakeTemperatureController(0.0));
        Assert.Equal(RigRefusal.SetpointAboveSafetyLimit, rig.StartPrewarm(0.0, new RunPlan { TargetTemperatureCelsius = 38.5 }));
        Assert.Equal(RunState.Idle, rig.Sequencer.State);
        Assert.Equal(RigRefusal.RunRefused, rig.StartPrewarm(0.0, new RunPlan { TargetTemperatureCelsius = 50.0 }));
        Assert.Equal(RunRefusal.TargetTemperatureOutOfRange, rig.LastRunRefusal);
        Assert.Equal(RigRefusal.None, rig.StartPrewarm(0.0, new RunPlan { TargetTemperatureCelsius = 38.0 }));
    }

    [Fact]
    public void Swapping_the_controller_mid_run_continues_from_the_current_duty()
    {
        var first = new FakeTemperatureController(0.42);
        var rig = Create(first);
        var inputs = new RigInputs();
        var outputs = new RigOutputs();
        rig.StartPrewarm(0.0, QuickPlan());
        Feed(inputs, 0.0, 30.0, 30.0);
        rig.Tick(inputs, outputs);
        var second = new FakeTemperatureController(0.5);
        Assert.Equal(RigRefusal.None, rig.SetTemperatureController(second));
        Assert.Equal(1, second.ResetCount);
        Assert.Equal(0.42, second.LastResetDuty);
        Assert.Equal(30.0, second.LastResetMeasuredCelsius);
        Feed(inputs, 0.5, 30.0, 30.0);
        rig.Tick(inputs, outputs);
        Assert.Equal(0.5, outputs.HeaterDuty);
        Assert.Same(second, rig.TemperatureController);
        Assert.Equal(RigRefusal.ControllerMissing, rig.SetTemperatureController(null!));
    }

    [Fact]
    public void Gains_change_only_on_a_pid_and_only_when_valid()
    {
        var rig = Create(new FakeTemperatureController(0.0));
        Assert.Equal(RigRefusal.NotPidController, rig.ChangePidGains(RigScenario.Gains));
        var pid = new PidController(RigScenario.Gains);
        rig.SetTemperatureController(pid);
        Assert.Equal(RigRefusal.InvalidGains, rig.ChangePidGains(new PidGains(-1.0, 0.0, 0.0, 0.0, 1.0)));
        var gains = new PidGains(3.0, 0.01, 0.0, 0.0, 1.0);
        Assert.Equal(RigRefusal.None, rig.ChangePidGains(gains));
        Assert.Same(gains, pid.Gains);
    }

    [Fact]
    public void Clear_fault_reports_why_it_is_refused()
    {
        var rig = Create(new FakeTemperatureController(0.0));
        Assert.Equal(RigRefusal.NotFaulted, rig.ClearFault());
    }

    [Fact]
    public void Ten_thousand_ticks_with_the_real_pid_and_rotation_allocate_nothing()
    {
        var rig = Create(new PidController(RigScenario.Gains));
        var inputs = new RigInputs();
        var outputs = new RigOutputs();
        Feed(inputs, 0.0, 37.0, 37.0);
        rig.Tick(inputs, outputs);
        Assert.Equal(RigRefusal.None, rig.StartPrewarm(0.5, QuickPlan()));
        Feed(inputs, 0.5, 37.0, 37.0);
        rig.Tick(inputs, outputs);
        Assert.Equal(RigRefusal.None, rig.ConfirmLoaded(1.0));

        long pulses = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 2; i < 10002; i++)
        {
            double now = i * 0.5;
            pulses += outputs.StepFrequencyHz > 0.0 ? 1 : 0;
            Feed(inputs, now, 37.0 + 0.01 * (i % 5), 37.05, pulses);
            rig.Tick(inputs, outputs);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(FaultCode.None, outputs.FaultCode);
        Assert.True(outputs.StepFrequencyHz > 0.0 || outputs.State == RunState.Completed);
        Assert.Equal(0, allocated);
    }
}
