using ChandlerLoop.Plant;

namespace ChandlerLoop.ControlScenarios;

/// <summary>
/// The temperature-control scenario run by the benchmark (`control` suite) and, shortened, by the
/// scenario tests. Temperatures in °C, times in s. Every controller runs on a fresh
/// <see cref="RigPlant"/> with the same parameters and noise seed.
/// </summary>
public sealed record ControlScenarioOptions
{
    /// <summary>Plant physics (default: 4 L bath, 150 W heater, 22 °C room and start).</summary>
    public PlantParameters Plant { get; init; } = PlantParameters.Default;

    /// <summary>Seed of the sensor noise, shared by every run so all controllers see the same plant.</summary>
    public int NoiseSeed { get; init; } = 20261121;

    /// <summary>Set-point, °C (DOMAIN: 37.0).</summary>
    public double TargetCelsius { get; init; } = 37.0;

    /// <summary>Control period, s: the firmware's control tick. 0.5 s is 10× faster than the RTD lag
    /// (5 s) and 25× faster than the heater lag (12.5–25 s), and the MAX31865 converts in ~21 ms at
    /// 50 Hz filtering, so a fresh reading is available every tick.</summary>
    public double ControlPeriodSeconds { get; init; } = 0.5;

    /// <summary>Half-width of the acceptance band for "settled", °C (DESIGN: ±0.1).</summary>
    public double BandCelsius { get; init; } = 0.1;

    /// <summary>Time given to reach and settle from the start (22 °C), s.</summary>
    public double HeatUpSeconds { get; init; } = 3600.0;

    /// <summary>Hold after the heat-up window over which the RMS error is taken, s (30 min).</summary>
    public double HoldSeconds { get; init; } = 1800.0;

    /// <summary>Observation after loading the loops, s.</summary>
    public double RecoverySeconds { get; init; } = 1800.0;

    /// <summary>Loops loaded at the end of the hold (DOMAIN: 6 loops).</summary>
    public int LoopCount { get; init; } = 6;

    /// <summary>Blood per loop, mL (DOMAIN: 7 mL).</summary>
    public double BloodMillilitresPerLoop { get; init; } = 7.0;

    /// <summary>Temperature of the blood and tubing when loaded, °C (room temperature).</summary>
    public double BloodCelsius { get; init; } = 22.0;

    /// <summary>Drum speed during heat-up and hold, rpm. 0: pre-warm with the motor off (DOMAIN step 2),
    /// the worst case for the heater lag (still water around the element).</summary>
    public double PrewarmDrumSpeedRpm { get; init; }

    /// <summary>Drum speed once the loops are loaded, rpm (DOMAIN: ~30 rpm); reached in a ramp.</summary>
    public double RunDrumSpeedRpm { get; init; } = 30.0;

    /// <summary>Drum acceleration of the ramp, rpm per s (each tick stays within the motor's pull-in jump).</summary>
    public double DrumRampRpmPerSecond { get; init; } = 10.0;

    /// <summary>Hysteresis half-width of the bang-bang baseline, °C.</summary>
    public double BangBangHysteresisCelsius { get; init; } = 0.05;

    /// <summary>Over-temperature limit, °C (DESIGN: 39.0 hard limit). The scenario stands in for the
    /// rig's safety supervisor: when the control reading exceeds it, the heater is latched off for the
    /// rest of the run (on the rig the run would be Faulted). Our controller must never get near it.</summary>
    public double OverTemperatureLimitCelsius { get; init; } = 39.0;

    /// <summary>A shorter version for tests (same physics, shorter windows).</summary>
    public static ControlScenarioOptions Short { get; } = new()
    {
        HeatUpSeconds = 3000.0,
        HoldSeconds = 600.0,
        RecoverySeconds = 900.0,
    };
}
