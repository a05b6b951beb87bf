namespace ChandlerLoop.Data.Entities;

/// <summary>A protocol deviation of a run (DOMAIN §5): what happened, its impact and the disposition. Audited.</summary>
public sealed class Deviation
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>Navigation to the run.</summary>
    public Run? Run { get; set; }

    /// <summary>What deviated (e.g. "temperature 38.2 °C for 75 s").</summary>
    public string What { get; set; } = "";

    /// <summary>Impact assessment.</summary>
    public string? Impact { get; set; }

    /// <summary>Disposition (e.g. "run invalid", "accepted with justification").</summary>
    public string? Disposition { get; set; }

    /// <summary>True when recorded automatically by run acceptance, false when entered by a user.</summary>
    public bool IsAutomatic { get; set; }

    /// <summary>When recorded, UTC.</summary>
    public DateTime RecordedAtUtc { get; set; }

    /// <summary>Machine-readable kind (e.g. "temperature_band", "telemetry_lost", "rig_reboot"); with the run, keeps automatic deviations from being recorded twice.</summary>
    public string Code { get; set; } = "manual";

    /// <summary>User who set the disposition.</summary>
    public string? DispositionByUserName { get; set; }

    /// <summary>When the disposition was set, UTC.</summary>
    public DateTime? DispositionedAtUtc { get; set; }
}
