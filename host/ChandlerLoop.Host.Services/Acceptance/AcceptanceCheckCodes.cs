namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>Codes of the acceptance checks (DOMAIN §5); a failed check records a deviation with the same code.</summary>
public static class AcceptanceCheckCodes
{
    /// <summary>Share of exposure time within set-point ± band.</summary>
    public const string TemperatureInBand = "temperature_in_band";

    /// <summary>Longest excursion beyond the excursion limit.</summary>
    public const string TemperatureExcursion = "temperature_excursion";

    /// <summary>Mean drum speed within tolerance.</summary>
    public const string SpeedMean = "speed_mean";

    /// <summary>Cumulative rotation stoppage outside logged sampling pauses.</summary>
    public const string RotationStoppage = "rotation_stoppage";

    /// <summary>Each loop's exposure within tolerance of the plan.</summary>
    public const string ExposureTime = "exposure_time";

    /// <summary>No telemetry records missing in the exposure phase.</summary>
    public const string TelemetryComplete = "telemetry_complete";

    /// <summary>Venepuncture to loop start per donor.</summary>
    public const string DrawToStart = "draw_to_start";

    /// <summary>t0 platelet count in the reference range.</summary>
    public const string BaselinePlatelets = "baseline_platelets";

    /// <summary>Negative-control platelet consumption.</summary>
    public const string NegativeControlPlatelets = "negative_control_platelets";

    /// <summary>Negative-control TAT against its t0.</summary>
    public const string NegativeControlTat = "negative_control_tat";

    /// <summary>Positive control activated (platelet consumption or TAT fold); a failure invalidates the run.</summary>
    public const string PositiveControl = "positive_control";

    /// <summary>Sampling to centrifugation time, where recorded.</summary>
    public const string Centrifugation = "preanalytics_centrifugation";

    /// <summary>Plasma storage temperature, where recorded.</summary>
    public const string StorageTemperature = "preanalytics_storage";
}
