namespace ChandlerLoop.Control.Rotation
{
    /// <summary>
    /// Which setting of <see cref="RotationSettings"/> is out of range (see
    /// <see cref="RotationSettings.Validate"/>; <see cref="RotationSettings.Describe"/> gives the
    /// sentence). Numbers are stable: append only.
    /// </summary>
    public enum RotationSettingsError
    {
        /// <summary>Every setting is within its range.</summary>
        None = 0,
        StepsPerMotorRevolutionOutOfRange = 1,
        MicrostepsOutOfRange = 2,
        GearRatioOutOfRange = 3,
        PulsesPerDrumRevolutionOutOfRange = 4,
        MaximumSpeedOutOfRange = 5,
        MaximumStepFrequencyExceeded = 6,
        AccelerationOutOfRange = 7,
        MeasurementWindowOutOfRange = 8,
        StallWindowOutOfRange = 9,
        StallMinimumCommandedSpeedOutOfRange = 10,
        StallSpeedFractionOutOfRange = 11,
        StallTimeOutOfRange = 12,
        CounterModulusOutOfRange = 13,
    }
}
