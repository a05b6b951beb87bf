using ChandlerLoop.Control.Temperature;
using ChandlerLoop.Plant;

namespace ChandlerLoop.ControlScenarios;

/// <summary>
/// Runs temperature controllers on <see cref="RigPlant"/>: heat-up from the plant's initial
/// temperature to the target, a hold, then loading of cold loops with the drum ramping to its run
/// speed. Each run uses a fresh plant with the same parameters and noise seed; the controller sees
/// only the control RTD reading, every figure is taken on the true bath temperature.
/// </summary>
public sealed class ControlScenario
{
    public ControlScenario(ControlScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    public ControlScenarioOptions Options { get; }

    /// <summary>Runs the relay autotune on a fresh plant until it completes or aborts (the tuner
    /// bounds its own time), with the drum at its pre-warm speed.</summary>
    public AutotuneOutcome Autotune(RelayAutotuneSettings settings, Action<RigPlant>? disturb = null)
    {
        var tuner = new RelayAutotuner(settings);
        var plant = new RigPlant(Options.Plant, Options.NoiseSeed);
        double dt = Options.ControlPeriodSeconds;
        double drumRpm = 0.0;
        double duty = 0.0;
        double maxBath = plant.BathTemperatureCelsius;
        while (tuner.State is AutotuneState.Approaching or AutotuneState.Relaying)
        {
            drumRpm = RampDrum(drumRpm, Options.PrewarmDrumSpeedRpm);
            StepPlant(plant, duty, drumRpm);
            disturb?.Invoke(plant);
            duty = tuner.Update(dt, plant.ReadControlSensorCelsius(), Options.TargetCelsius);
            maxBath = Math.Max(maxBath, plant.BathTemperatureCelsius);
        }

        return new AutotuneOutcome(tuner, maxBath, plant.TimeSeconds);
    }

    /// <summary>Runs one controller through heat-up, hold and loading.</summary>
    public ControlRunResult Run(string name, ITemperatureController controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var o = Options;
        var plant = new RigPlant(o.Plant, o.NoiseSeed);
        double dt = o.ControlPeriodSeconds;
        long ticks = Ticks(o.HeatUpSeconds + o.HoldSeconds + o.RecoverySeconds);
        long holdStart = Ticks(o.HeatUpSeconds);
        long loadTick = Ticks(o.HeatUpSeconds + o.HoldSeconds);
        double drumRpm = 0.0;
        double duty = 0.0;
        double maxBefore = double.NegativeInfinity;
        double maxBath = double.NegativeInfinity;
        double minAfter = double.PositiveInfinity;
        double sumSquares = 0.0;
        long holdSamples = 0;
        double lastOutsideBefore = -1.0;
        double lastOutsideAfter = -1.0;
        double energyAtLastOutside = 0.0;
        long allocated = 0;
        bool tripped = false;

        for (long tick = 1; tick <= ticks; tick++)
        {
            if (tick == loadTick + 1)
            {
                plant.LoadLoops(o.LoopCount, o.BloodMillilitresPerLoop, o.BloodCelsius);
            }

            drumRpm = RampDrum(drumRpm, tick > loadTick ? o.RunDrumSpeedRpm : o.PrewarmDrumSpeedRpm);
            StepPlant(plant, duty, drumRpm);
            double measured = plant.ReadControlSensorCelsius();
            long before = GC.GetAllocatedBytesForCurrentThread();
            duty = controller.Update(dt, measured, o.TargetCelsius);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            tripped |= measured > o.OverTemperatureLimitCelsius;
            if (tripped)
            {
                duty = 0.0;
            }

            double t = tick * dt;
            double bath = plant.BathTemperatureCelsius;
            double error = bath - o.TargetCelsius;
            bool outside = Math.Abs(error) > o.BandCelsius;
            maxBath = Math.Max(maxBath, bath);
            if (tick <= loadTick)
            {
                maxBefore = Math.Max(maxBefore, bath);
                if (outside)
                {
                    lastOutsideBefore = t;
                    energyAtLastOutside = plant.HeaterEnergyJoules;
                }

                if (tick > holdStart)
                {
                    sumSquares += error * error;
                    holdSamples++;
                }
            }
            else
            {
                minAfter = Math.Min(minAfter, bath);
                if (outside)
                {
                    lastOutsideAfter = t - (loadTick * dt);
                }
            }
        }

        double loadSeconds = loadTick * dt;
        double settle = lastOutsideBefore >= loadSeconds - dt ? double.NaN : lastOutsideBefore + dt;
        double recovery = lastOutsideAfter < 0 ? 0.0
            : lastOutsideAfter >= o.RecoverySeconds - dt ? double.NaN : lastOutsideAfter + dt;
        return new ControlRunResult(
            name,
            settle,
            Math.Max(0.0, maxBefore - o.TargetCelsius),
            holdSamples > 0 ? Math.Sqrt(sumSquares / holdSamples) : double.NaN,
            recovery,
            Math.Max(0.0, o.TargetCelsius - minAfter),
            double.IsNaN(settle) ? double.NaN : energyAtLastOutside / 3600.0,
            plant.HeaterEnergyJoules / 3600.0,
            maxBath,
            (double)allocated / ticks,
            tripped);
    }

    /// <summary>The physical limit: full power until the TRUE bath reaches the target. Its settle
    /// time is the first instant the bath enters the band (target − band), which no controller can
    /// beat with this heater; its energy is the energy spent up to that instant.</summary>
    public ControlRunResult RunPhysicalLimit()
    {
        var o = Options;
        var plant = new RigPlant(o.Plant, o.NoiseSeed);
        double dt = o.ControlPeriodSeconds;
        double drumRpm = 0.0;
        long limit = Ticks(o.HeatUpSeconds + o.HoldSeconds);
        for (long tick = 1; tick <= limit; tick++)
        {
            drumRpm = RampDrum(drumRpm, o.PrewarmDrumSpeedRpm);
            StepPlant(plant, 1.0, drumRpm);
            if (plant.BathTemperatureCelsius >= o.TargetCelsius - o.BandCelsius)
            {
                return new ControlRunResult("physical limit (full power)", tick * dt, double.NaN, double.NaN,
                    double.NaN, double.NaN, plant.HeaterEnergyJoules / 3600.0, double.NaN, plant.BathTemperatureCelsius, 0.0, false);
            }
        }

        return new ControlRunResult("physical limit (full power)", double.NaN, double.NaN, double.NaN, double.NaN,
            double.NaN, double.NaN, double.NaN, plant.BathTemperatureCelsius, 0.0, false);
    }

    private long Ticks(double seconds) => (long)Math.Round(seconds / Options.ControlPeriodSeconds);

    // The firmware ramps the drum (the stepper cannot jump more than its pull-in speed).
    private double RampDrum(double currentRpm, double targetRpm)
    {
        double step = Options.DrumRampRpmPerSecond * Options.ControlPeriodSeconds;
        return currentRpm < targetRpm ? Math.Min(targetRpm, currentRpm + step) : Math.Max(targetRpm, currentRpm - step);
    }

    private void StepPlant(RigPlant plant, double duty, double drumRpm)
    {
        plant.Step(Options.ControlPeriodSeconds, duty, StepFrequencyHz(drumRpm));
        if (!plant.IsMotorInSync)
        {
            throw new InvalidOperationException("The scenario lost motor sync: the drum ramp is too steep for the plant.");
        }
    }

    private double StepFrequencyHz(double drumRpm) => drumRpm / 60.0 * Options.Plant.StepPulsesPerDrumRevolution;
}
