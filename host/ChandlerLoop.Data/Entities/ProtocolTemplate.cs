namespace ChandlerLoop.Data.Entities;

/// <summary>
/// A versioned run protocol (DOMAIN §2 and §5). (<see cref="Name"/>, <see cref="Version"/>) is unique;
/// a published version is never edited, a change is a new version. Runs keep a JSON snapshot of the
/// version they used, so a later version never changes an old record.
/// </summary>
public sealed class ProtocolTemplate
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Protocol name, e.g. "MSC loop 30 min".</summary>
    public string Name { get; set; } = "";

    /// <summary>Version number, 1, 2, ...; unique together with <see cref="Name"/>.</summary>
    public int Version { get; set; }

    /// <summary>Bath set-point, °C (hard range 20–42).</summary>
    public double SetpointCelsius { get; set; } = 37.0;

    /// <summary>Drum speed, rpm (hard range 1–60).</summary>
    public double SpeedRpm { get; set; } = 30.0;

    /// <summary>Exposure duration from t0, minutes (hard range 1–240).</summary>
    public double DurationMinutes { get; set; } = 30.0;

    /// <summary>Planned sampling offsets from each loop's t0, minutes, comma separated, ascending (e.g. "0,15,30").</summary>
    public string SamplingOffsetsMinutes { get; set; } = "0,30";

    /// <summary>Acceptance: half-width of the temperature band around the set-point, °C (default 0.5).</summary>
    public double AcceptanceTemperatureBandCelsius { get; set; } = 0.5;

    /// <summary>Acceptance: minimum fraction of exposure time inside the band, percent (default 95).</summary>
    public double AcceptanceMinTimeInBandPercent { get; set; } = 95.0;

    /// <summary>Acceptance: excursion limit around the set-point, °C (default 1.0).</summary>
    public double AcceptanceExcursionLimitCelsius { get; set; } = 1.0;

    /// <summary>Acceptance: longest tolerated excursion beyond the limit, seconds (default 60).</summary>
    public double AcceptanceMaxExcursionSeconds { get; set; } = 60.0;

    /// <summary>Acceptance: tolerance of the mean drum speed around the set-point, percent (default 5).</summary>
    public double AcceptanceSpeedTolerancePercent { get; set; } = 5.0;

    /// <summary>Acceptance: tolerance of each loop's exposure time, seconds (default 30).</summary>
    public double AcceptanceExposureToleranceSeconds { get; set; } = 30.0;

    /// <summary>Acceptance: largest platelet consumption of the negative-control loop, percent (default 25).</summary>
    public double AcceptanceNegativeControlMaxPlateletConsumptionPercent { get; set; } = 25.0;

    /// <summary>Acceptance: smallest platelet consumption of the positive-control loop, percent (default 50).</summary>
    public double AcceptancePositiveControlMinPlateletConsumptionPercent { get; set; } = 50.0;

    /// <summary>Analytes measured, comma separated canonical names (e.g. "PLT,TAT,C3a,sC5b-9").</summary>
    public string MarkerPanel { get; set; } = "";

    /// <summary>When this version was created, UTC.</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Pre-warm stability band sent to the rig (±°C).</summary>
    public double PrewarmBandCelsius { get; set; } = 0.3;

    /// <summary>Pre-warm hold time inside the band before ready, seconds.</summary>
    public double PrewarmHoldSeconds { get; set; } = 300.0;

    /// <summary>Acceptance: cumulative rotation stoppage allowed outside logged sampling pauses, seconds.</summary>
    public double AcceptanceMaxStoppageSeconds { get; set; } = 10.0;

    /// <summary>Acceptance: longest time from venepuncture to loop start, minutes.</summary>
    public double AcceptanceMaxDrawToStartMinutes { get; set; } = 30.0;

    /// <summary>Acceptance: t0 platelet count range, 10^9/L.</summary>
    public double AcceptanceBaselinePlateletsMin { get; set; } = 150.0;

    /// <summary>Acceptance: t0 platelet count range, 10^9/L.</summary>
    public double AcceptanceBaselinePlateletsMax { get; set; } = 400.0;

    /// <summary>Acceptance: the negative-control loop's TAT at the end stays below this multiple of its t0 value.</summary>
    public double AcceptanceNegativeControlMaxTatFold { get; set; } = 10.0;

    /// <summary>Acceptance: alternative positive-control criterion, TAT at least this multiple of the negative control.</summary>
    public double AcceptancePositiveControlMinTatFold { get; set; } = 10.0;

    /// <summary>Acceptance: longest time from sampling to centrifugation, minutes (complement, DOMAIN §5).</summary>
    public double AcceptanceMaxMinutesToCentrifuge { get; set; } = 60.0;
}
