using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;
using ChandlerLoop.Plant;

namespace ChandlerLoop.Control.Tests.Rig;

public sealed class RigAutotuneTests
{
    [Fact]
    public void AutotuneOnTheRigCompletesWithinBoundsAndPutsThePreviousControllerBack()
    {
        var scenario = new RigScenario(initialCelsius: 35.0);
        ITemperatureController before = scenario.Rig.TemperatureController;
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        scenario.Tick();

        Assert.Equal(RigRefusal.None, scenario.Rig.StartAutotune(tuner, 37.0));
        Assert.Same(tuner, scenario.Rig.TemperatureController);
        double maxBath = 0.0;
        bool finished = scenario.RunUntil(() =>
        {
            maxBath = Math.Max(maxBath, scenario.Plant.BathTemperatureCelsius);
            return scenario.Rig.AutotuneJustFinished;
        }, 4 * 3600.0);

        Assert.True(finished, "autotune did not finish within 4 h");
        Assert.Equal(AutotuneState.Completed, tuner.State);
        Assert.Same(before, scenario.Rig.TemperatureController);
        Assert.False(scenario.Rig.IsAutotuning);
        Assert.Equal(FaultCode.None, scenario.Outputs.FaultCode);
        Assert.True(maxBath < 38.5, $"bath reached {maxBath:F2} °C during autotune");
        Assert.True(tuner.Result.ProportionalDutyPerCelsius > 0.0);

        // The rig is idle again, so the heater stays off until something asks for heat.
        scenario.RunWithoutFault(60.0);
        Assert.Equal(0.0, scenario.Outputs.HeaterDuty);

        // Applying the measured gains is an explicit, validated step.
        Assert.Equal(RigRefusal.None, scenario.Rig.ChangePidGains(tuner.Result.ToPidGains(1.0)));
    }

    [Fact]
    public void CancelStopsHeatingAtTheNextTickAndRestoresTheController()
    {
        var scenario = new RigScenario(initialCelsius: 30.0);
        ITemperatureController before = scenario.Rig.TemperatureController;
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        scenario.Tick();
        Assert.Equal(RigRefusal.None, scenario.Rig.StartAutotune(tuner, 37.0));
        scenario.RunWithoutFault(10.0);
        Assert.True(scenario.Outputs.HeaterDuty > 0.5, "the approach phase should heat hard");

        Assert.Equal(RigRefusal.None, scenario.Rig.CancelAutotune());
        scenario.Tick();

        Assert.Equal(0.0, scenario.Outputs.HeaterDuty);
        Assert.True(scenario.Rig.AutotuneJustFinished);
        Assert.Equal(AutotuneAbortReason.Cancelled, tuner.AbortReason);
        Assert.Same(before, scenario.Rig.TemperatureController);
        Assert.Equal(RigRefusal.NotIdle, scenario.Rig.CancelAutotune());
    }

    [Fact]
    public void AFaultDuringAutotuneCutsTheHeaterInTheSameTickAndAbortsTheTuner()
    {
        var scenario = new RigScenario(initialCelsius: 30.0);
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        scenario.Tick();
        Assert.Equal(RigRefusal.None, scenario.Rig.StartAutotune(tuner, 37.0));
        scenario.RunWithoutFault(10.0);

        scenario.Plant.InjectControlSensorFault(SensorFault.Open);
        Assert.Equal(FaultCode.ControlSensorInvalid, scenario.RunUntilFault(5.0));

        Assert.Equal(AutotuneState.Aborted, tuner.State);
        Assert.False(scenario.Rig.IsAutotuning);
    }

    [Fact]
    public void AutotuneIsRefusedDuringARunWhileFaultedAndAboveTheSafetyMargin()
    {
        var scenario = new RigScenario();
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        scenario.Tick();

        // 39.0 °C limit − 1.0 °C margin: 38.5 °C is too close to the cut-out.
        Assert.Equal(RigRefusal.SetpointAboveSafetyLimit, scenario.Rig.StartAutotune(tuner, 38.5));
        Assert.Equal(RigRefusal.SetpointAboveSafetyLimit, scenario.Rig.StartAutotune(tuner, double.NaN));
        Assert.Equal(RigRefusal.ControllerMissing, scenario.Rig.StartAutotune(null!, 37.0));

        Assert.Equal(RigRefusal.None, scenario.Rig.StartPrewarm(scenario.Now, RigScenario.Plan()));
        Assert.Equal(RigRefusal.NotIdle, scenario.Rig.StartAutotune(tuner, 37.0));
        Assert.False(scenario.Rig.IsAutotuning);

        scenario.Plant.InjectControlSensorFault(SensorFault.Short);
        Assert.NotEqual(FaultCode.None, scenario.RunUntilFault(5.0));
        Assert.Equal(RigRefusal.Faulted, scenario.Rig.StartAutotune(tuner, 37.0));
    }

    [Fact]
    public void ARunCannotStartWhileAnAutotuneIsRunning()
    {
        var scenario = new RigScenario(initialCelsius: 30.0);
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        scenario.Tick();
        Assert.Equal(RigRefusal.None, scenario.Rig.StartAutotune(tuner, 37.0));

        Assert.Equal(RigRefusal.AutotuneRunning, scenario.Rig.StartPrewarm(scenario.Now, RigScenario.Plan()));
        Assert.Equal(RigRefusal.AutotuneRunning, scenario.Rig.StartAutotune(tuner, 37.0));
        Assert.Equal(RunState.Idle, scenario.Outputs.State);
    }
}
