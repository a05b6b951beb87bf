using ChandlerLoop.Host.Services.Registry;

namespace ChandlerLoop.Host.Web.Pages.Rigs;

/// <summary>One rig as the rigs page shows it: presence, stored rig record, current run and latest reading.</summary>
public sealed class RigRowView
{
    /// <summary>Wire id, e.g. rig-01.</summary>
    public string RigKey { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Presence from the retained status; null when not heard from since the host started.</summary>
    public RigPresence? Presence { get; init; }

    /// <summary>Firmware version (presence, else the stored one).</summary>
    public string? FirmwareVersion { get; init; }

    /// <summary>Next calibration due, UTC.</summary>
    public DateTime? CalibrationDueUtc { get; init; }

    /// <summary>Last calibration, UTC.</summary>
    public DateTime? CalibratedAtUtc { get; init; }

    /// <summary>The active run's id (pre-warming .. sample due); null when none.</summary>
    public long? CurrentRunId { get; init; }

    /// <summary>The active run's key.</summary>
    public string? CurrentRunKey { get; init; }

    /// <summary>Latest stored control temperature, °C.</summary>
    public double? LatestTemperatureCelsius { get; init; }

    /// <summary>Latest stored drum speed, rpm.</summary>
    public double? LatestSpeedRpm { get; init; }

    /// <summary>When the latest reading was received, UTC.</summary>
    public DateTime? LatestReadingAtUtc { get; init; }
}
