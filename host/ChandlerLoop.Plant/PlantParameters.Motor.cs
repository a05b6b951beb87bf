namespace ChandlerLoop.Plant;

/// <content>Drive parameters: stepper motor, belt reduction, hall pulses, load limits.</content>
public sealed partial record PlantParameters
{
    /// <summary>Full steps per motor revolution. Default 200 (1.8° hybrid stepper, NEMA 17).</summary>
    public int StepsPerRevolution { get; init; } = 200;

    /// <summary>
    /// Microsteps per full step set on the driver (STEP pulses per full step). Default 16 (TMC2209 / A4988
    /// MS pins).
    /// </summary>
    public int Microsteps { get; init; } = 16;

    /// <summary>
    /// Motor revolutions per drum revolution. Default 3.0 (GT2 belt, 20-tooth motor pulley to 60-tooth drum
    /// pulley). At 30 rpm drum the STEP frequency is 30 × 200 × 16 × 3 / 60 = 4800 Hz.
    /// </summary>
    public double GearRatio { get; init; } = 3.0;

    /// <summary>
    /// Hall pulses per drum revolution (magnets on the drum rim). Default 4: 2 Hz at 30 rpm.
    /// </summary>
    public int DrumMagnets { get; init; } = 4;

    /// <summary>
    /// Drum speed above which the motor cannot deliver the load torque and loses synchronism (pull-out),
    /// in rpm. Default 120 rpm drum (360 rpm motor): a NEMA 17 at 24 V keeps most of its torque to about
    /// 600 rpm; the margin covers water drag on the loaded wheel. <see cref="double.PositiveInfinity"/>
    /// disables the limit.
    /// </summary>
    public double MaxDrumSpeedRpm { get; init; } = 120.0;

    /// <summary>
    /// Largest instantaneous change of commanded drum speed the motor follows without losing steps, in rpm
    /// (the start-stop, or pull-in, region of the stepper with the wheel's inertia and the water's drag).
    /// Default 15 rpm drum = 45 rpm motor = 150 full steps/s, a conservative pull-in rate for a NEMA 17
    /// driving a loaded wheel. Any larger jump (other than a jump to zero, which stops the motor) desynchronises
    /// the motor: the drum stops until the command returns to 0. Firmware must ramp. Setting
    /// <see cref="double.PositiveInfinity"/> disables the check.
    /// </summary>
    public double DrumSpeedJumpLimitRpm { get; init; } = 15.0;

    /// <summary>
    /// STEP pulses per drum revolution: <see cref="StepsPerRevolution"/> × <see cref="Microsteps"/> ×
    /// <see cref="GearRatio"/>. Default 9600.
    /// </summary>
    public double StepPulsesPerDrumRevolution => StepsPerRevolution * (double)Microsteps * GearRatio;

    private void ValidateMotor()
    {
        RequirePositive(StepsPerRevolution, nameof(StepsPerRevolution));
        RequirePositive(Microsteps, nameof(Microsteps));
        RequirePositive(GearRatio, nameof(GearRatio));
        RequirePositive(DrumMagnets, nameof(DrumMagnets));
        RequirePositiveOrInfinity(MaxDrumSpeedRpm, nameof(MaxDrumSpeedRpm));
        RequirePositiveOrInfinity(DrumSpeedJumpLimitRpm, nameof(DrumSpeedJumpLimitRpm));
    }
}
