using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Rotation;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;
using ChandlerLoop.Plant;

namespace ChandlerLoop.Control.Tests.Rig;

/// <summary>
/// The control core driving the plant model the way the firmware drives the rig: a control tick
/// every 0.5 s with a fresh RTD reading, a DS18B20 reading about once a second, the drum pulse
/// count, then the plant advanced by one tick with the decided heater duty and STEP frequency.
/// </summary>
internal sealed class RigScenario
{
    public const double TickSeconds = 0.5;

    /// <summary>PID gains for the default plant (K = 150 W / 18.7 kJ/K ≈ 0.0080 K/s per unit duty,
    /// dead time ≈ 25 s): SIMC for an integrating process with τc = θ gives
    /// Kp = 1 / (K·2θ) ≈ 2.4 duty/°C and Ti = 4·2θ = 200 s; holding feed-forward 0.15.</summary>
    public static PidGains Gains => new(2.4, 0.012, 0.0, 0.0, 1.0, 0.15, 1.0);

    private double _lastSafetyReadSeconds = double.NegativeInfinity;

    public RigScenario(double initialCelsius = 37.0, ITemperatureController? controller = null, int seed = 7)
    {
        Plant = new RigPlant(PlantParameters.Default with { InitialTemperatureCelsius = initialCelsius }, seed);
        Rig = new RigController(new SafetySupervisor(new SafetyLimits()), new RotationController(new RotationSettings()),
            new RunSequencer(), controller ?? new PidController(Gains));
    }

    public RigPlant Plant { get; }
    public RigController Rig { get; }
    public RigInputs Inputs { get; } = new();
    public RigOutputs Outputs { get; } = new();
    public double Now { get; private set; }
    public bool FeedControl { get; set; } = true;
    public bool FeedSafety { get; set; } = true;
    public double MaxDutySeen { get; private set; }

    /// <summary>Time of the current tick (the one whose outputs are in <see cref="Outputs"/>).</summary>
    public double TickTime { get; private set; }

    public void Tick()
    {
        TickTime = Now;
        Inputs.NowSeconds = Now;
        if (FeedControl)
        {
            Inputs.ControlCelsius = Plant.ReadControlSensorCelsius();
            Inputs.ControlReadingSeconds = Now;
        }

        if (FeedSafety && Now - _lastSafetyReadSeconds >= 1.0 - 1e-9)
        {
            Inputs.SafetyCelsius = Plant.ReadSafetySensorCelsius();
            Inputs.SafetyReadingSeconds = Now;
            _lastSafetyReadSeconds = Now;
        }

        Inputs.DrumPulseCount = Plant.DrumPulseCount;
        Rig.Tick(Inputs, Outputs);
        MaxDutySeen = Math.Max(MaxDutySeen, Outputs.HeaterDuty);
        Plant.Step(TickSeconds, Outputs.HeaterDuty, Outputs.StepFrequencyHz);
        Now += TickSeconds;
    }

    /// <summary>The control loop hangs for <paramref name="seconds"/>: the plant runs on with the last outputs.</summary>
    public void SkipTicks(double seconds)
    {
        Plant.Step(seconds, Outputs.HeaterDuty, Outputs.StepFrequencyHz);
        Now += seconds;
    }

    /// <summary>Ticks for <paramref name="seconds"/>; fails the test if any fault latches.</summary>
    public void RunWithoutFault(double seconds)
    {
        for (double end = Now + seconds; Now < end;)
        {
            Tick();
            Assert.True(Outputs.FaultCode == FaultCode.None,
                $"unexpected fault {Outputs.FaultCode} at {TickTime} s: value {Outputs.Fault.Value}, limit {Outputs.Fault.Limit}");
        }
    }

    /// <summary>Ticks until a fault latches (at most <paramref name="maxSeconds"/>) and checks that the
    /// tick that latched it already has the heater off and the run faulted.</summary>
    public FaultCode RunUntilFault(double maxSeconds)
    {
        for (double end = Now + maxSeconds; Now < end;)
        {
            Tick();
            if (Outputs.FaultCode != FaultCode.None)
            {
                Assert.Equal(0.0, Outputs.HeaterDuty);
                Assert.Equal(RigIndication.Fault, Outputs.Indication);
                return Outputs.FaultCode;
            }
        }

        return FaultCode.None;
    }

    public bool RunUntil(Func<bool> condition, double maxSeconds)
    {
        for (double end = Now + maxSeconds; Now < end;)
        {
            Tick();
            if (condition())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A 30 min, 30 rpm, 37 °C run with a 30 s stability hold (to keep tests short).</summary>
    public static RunPlan Plan(double targetCelsius = 37.0) => new()
    {
        TargetTemperatureCelsius = targetCelsius,
        StabilityHoldSeconds = 30.0,
    };

    /// <summary>Pre-warms to Ready, confirms loading and runs until the drum turns at 30 rpm.</summary>
    public void StartRunning()
    {
        Tick();
        Assert.Equal(RigRefusal.None, Rig.StartPrewarm(Now, Plan()));
        Assert.True(RunUntil(() => Outputs.State == RunState.Ready, 3600.0), "never became Ready");
        Assert.Equal(RigRefusal.None, Rig.ConfirmLoaded(Now));
        Assert.True(RunUntil(() => Outputs.State == RunState.Running && Plant.DrumSpeedRpm == 30.0, 30.0), "never rotated");
        RunWithoutFault(30.0);
    }
}
