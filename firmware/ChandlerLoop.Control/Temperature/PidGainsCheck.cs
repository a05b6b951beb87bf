namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// Result of <see cref="PidGains.Validate"/>: which gain (if any) is out of its range.
    /// The numbers are stable (they may be logged or reported).
    /// </summary>
    public enum PidGainsCheck
    {
        /// <summary>All gains are finite and inside their ranges.</summary>
        Valid = 0,
        /// <summary>ProportionalDutyPerCelsius is negative, NaN or infinite.</summary>
        ProportionalInvalid = 1,
        /// <summary>IntegralDutyPerCelsiusSecond is negative, NaN or infinite.</summary>
        IntegralInvalid = 2,
        /// <summary>DerivativeDutySecondsPerCelsius is negative, NaN or infinite.</summary>
        DerivativeInvalid = 3,
        /// <summary>DerivativeFilterSeconds is negative, NaN or infinite.</summary>
        DerivativeFilterInvalid = 4,
        /// <summary>MaxDutyCycle is not in (0, 1].</summary>
        MaxDutyInvalid = 5,
        /// <summary>HoldingDutyCycle is not in [0, MaxDutyCycle].</summary>
        HoldingDutyInvalid = 6,
        /// <summary>IntegralBandCelsius is not positive (use double.PositiveInfinity for "always").</summary>
        IntegralBandInvalid = 7,
    }
}
