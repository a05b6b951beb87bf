namespace ChandlerLoop.Control.Safety
{
    /// <summary>
    /// Which setting of <see cref="SafetyLimits"/> is out of its allowed range (see
    /// <see cref="SafetyLimits.Validate"/>). <see cref="SafetyLimits.Describe"/> turns each value
    /// into a sentence for the operator. Numbers are stable: append only.
    /// </summary>
    public enum SafetyLimitsError
    {
        /// <summary>Every setting is within its range.</summary>
        None = 0,
        OverTemperatureLimitOutOfRange = 1,
        OverTemperatureClearHysteresisOutOfRange = 2,
        SetpointMarginOutOfRange = 3,
        MinimumPlausibleOutOfRange = 4,
        MaximumPlausibleOutOfRange = 5,
        ControlPeriodOutOfRange = 6,
        ControlSensorStalePeriodsOutOfRange = 7,
        SafetySensorStalePeriodsOutOfRange = 8,
        ControlLoopDeadlineOutOfRange = 9,
        SensorDisagreementLimitOutOfRange = 10,
        SensorDisagreementDebounceOutOfRange = 11,
        HeatingCheckDutyThresholdOutOfRange = 12,
        HeatingCheckWindowOutOfRange = 13,
        HeatingCheckMinimumRiseOutOfRange = 14,
    }
}
