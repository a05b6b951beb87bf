namespace ChandlerLoop.Plant.Motor;

/// <summary>
/// Open-loop stepper driving the drum through a belt reduction, with loss of synchronism and hall pulses.
/// While synchronised the drum turns exactly at the commanded speed (rpm = f·60 / (steps · microsteps ·
/// gear)). It loses synchronism when the command exceeds the pull-out speed, jumps by more than the
/// pull-in limit, or while the drum is blocked with a non-zero command; it then stands still until the
/// command returns to 0 Hz.
/// </summary>
internal sealed class StepperDrumModel
{
    private readonly double pulsesPerRevolution;
    private readonly double maxSpeedRpm;
    private readonly double jumpLimitRpm;
    private readonly int magnets;
    private double revolutions;

    public StepperDrumModel(PlantParameters parameters)
    {
        pulsesPerRevolution = parameters.StepPulsesPerDrumRevolution;
        maxSpeedRpm = parameters.MaxDrumSpeedRpm;
        jumpLimitRpm = parameters.DrumSpeedJumpLimitRpm;
        magnets = parameters.DrumMagnets;
        InSync = true;
    }

    public double CommandedSpeedRpm { get; private set; }

    public double SpeedRpm { get; private set; }

    public bool InSync { get; private set; }

    public bool Blocked { get; private set; }

    public double Revolutions => revolutions;

    public long PulseCount { get; private set; }

    /// <summary>Applies a new STEP frequency (held for the following sub-steps) and updates synchronism.</summary>
    public void Command(double stepFrequencyHz)
    {
        double commandRpm = stepFrequencyHz * 60.0 / pulsesPerRevolution;
        if (commandRpm == 0.0)
        {
            InSync = true;
        }
        else if (Blocked || commandRpm > maxSpeedRpm || Math.Abs(commandRpm - CommandedSpeedRpm) > jumpLimitRpm)
        {
            InSync = false;
        }

        CommandedSpeedRpm = commandRpm;
        SpeedRpm = InSync && !Blocked ? commandRpm : 0.0;
    }

    /// <summary>
    /// Blocks or frees the drum. Blocking a turning drum desynchronises the motor; freeing it does not
    /// resynchronise it (the command must return to 0 first).
    /// </summary>
    public void SetBlocked(bool blocked)
    {
        Blocked = blocked;
        if (blocked && CommandedSpeedRpm != 0.0)
        {
            InSync = false;
        }

        SpeedRpm = InSync && !Blocked ? CommandedSpeedRpm : 0.0;
    }

    /// <summary>Turns the drum for one sub-step and counts the hall pulses that passed.</summary>
    public void Advance(double stepSeconds)
    {
        if (SpeedRpm == 0.0)
        {
            return;
        }

        revolutions += SpeedRpm * stepSeconds / 60.0;
        PulseCount = (long)Math.Floor(revolutions * magnets);
    }
}
