using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>
/// The run acceptance criteria of DOMAIN §5 with the values of one protocol version; the evaluation
/// stores them with the report so the record says which limits decided it. Defaults are DOMAIN's.
/// </summary>
public sealed record AcceptanceCriteria
{
    /// <summary>Bath set-point, °C.</summary>
    public double SetpointCelsius { get; init; } = 37.0;

    /// <summary>Drum speed set-point, rpm.</summary>
    public double SpeedRpm { get; init; } = 30.0;

    /// <summary>Planned exposure, seconds.</summary>
    public double ExposureSeconds { get; init; } = 1800.0;

    /// <summary>Half-width of the temperature band around the set-point, °C.</summary>
    public double TemperatureBandCelsius { get; init; } = 0.5;

    /// <summary>Minimum share of exposure time inside the band, percent.</summary>
    public double MinTimeInBandPercent { get; init; } = 95.0;

    /// <summary>Excursion limit around the set-point, °C.</summary>
    public double ExcursionLimitCelsius { get; init; } = 1.0;

    /// <summary>Longest tolerated single excursion beyond the limit, seconds.</summary>
    public double MaxExcursionSeconds { get; init; } = 60.0;

    /// <summary>Tolerance of the mean drum speed around the set-point, percent.</summary>
    public double SpeedTolerancePercent { get; init; } = 5.0;

    /// <summary>Cumulative stoppage allowed outside logged sampling pauses, seconds.</summary>
    public double MaxStoppageSeconds { get; init; } = 10.0;

    /// <summary>Measured speed below this share of the set-point counts as stopped, percent (brief: 50 %).</summary>
    public double StoppageThresholdPercent { get; init; } = 50.0;

    /// <summary>
    /// True when the drum keeps turning while a sample is due (protocol <c>rotate_while_sampling</c>);
    /// when false, time in <c>sample_due</c> is a logged sampling pause and not a stoppage.
    /// </summary>
    public bool RotateWhileSampling { get; init; } = true;

    /// <summary>Tolerance of each loop's exposure around the planned exposure, seconds.</summary>
    public double ExposureToleranceSeconds { get; init; } = 30.0;

    /// <summary>Longest time from venepuncture to loop start, minutes.</summary>
    public double MaxDrawToStartMinutes { get; init; } = 30.0;

    /// <summary>Lowest acceptable t0 platelet count, 10^9/L.</summary>
    public double BaselinePlateletsMin { get; init; } = 150.0;

    /// <summary>Highest acceptable t0 platelet count, 10^9/L.</summary>
    public double BaselinePlateletsMax { get; init; } = 400.0;

    /// <summary>Largest platelet consumption of a negative-control loop at the end, percent.</summary>
    public double NegativeControlMaxPlateletConsumptionPercent { get; init; } = 25.0;

    /// <summary>The negative-control loop's TAT at the end must stay below this multiple of its t0 TAT.</summary>
    public double NegativeControlMaxTatFold { get; init; } = 10.0;

    /// <summary>Smallest platelet consumption of a positive-control loop at the end, percent.</summary>
    public double PositiveControlMinPlateletConsumptionPercent { get; init; } = 50.0;

    /// <summary>Alternative positive-control criterion: TAT at least this multiple of the negative control's.</summary>
    public double PositiveControlMinTatFold { get; init; } = 10.0;

    /// <summary>Longest time from sampling to centrifugation, minutes (checked where recorded).</summary>
    public double MaxMinutesToCentrifuge { get; init; } = 60.0;

    /// <summary>Warmest acceptable plasma storage, °C (checked where recorded).</summary>
    public double MaxStorageTemperatureCelsius { get; init; } = -70.0;

    /// <summary>The criteria of a protocol version (every acceptance field of the template).</summary>
    public static AcceptanceCriteria FromTemplate(ProtocolTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new AcceptanceCriteria
        {
            SetpointCelsius = template.SetpointCelsius,
            SpeedRpm = template.SpeedRpm,
            ExposureSeconds = template.DurationMinutes * 60.0,
            TemperatureBandCelsius = template.AcceptanceTemperatureBandCelsius,
            MinTimeInBandPercent = template.AcceptanceMinTimeInBandPercent,
            ExcursionLimitCelsius = template.AcceptanceExcursionLimitCelsius,
            MaxExcursionSeconds = template.AcceptanceMaxExcursionSeconds,
            SpeedTolerancePercent = template.AcceptanceSpeedTolerancePercent,
            MaxStoppageSeconds = template.AcceptanceMaxStoppageSeconds,
            ExposureToleranceSeconds = template.AcceptanceExposureToleranceSeconds,
            MaxDrawToStartMinutes = template.AcceptanceMaxDrawToStartMinutes,
            BaselinePlateletsMin = template.AcceptanceBaselinePlateletsMin,
            BaselinePlateletsMax = template.AcceptanceBaselinePlateletsMax,
            NegativeControlMaxPlateletConsumptionPercent = template.AcceptanceNegativeControlMaxPlateletConsumptionPercent,
            NegativeControlMaxTatFold = template.AcceptanceNegativeControlMaxTatFold,
            PositiveControlMinPlateletConsumptionPercent = template.AcceptancePositiveControlMinPlateletConsumptionPercent,
            PositiveControlMinTatFold = template.AcceptancePositiveControlMinTatFold,
            MaxMinutesToCentrifuge = template.AcceptanceMaxMinutesToCentrifuge,
        };
    }
}
