using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>A blood donor of a run (pseudonymised; DOMAIN §4 SETUP).</summary>
public sealed class DonorSetup
{
    /// <summary>Pseudonymous donor id; an existing donor with this id is reused.</summary>
    public string PseudonymousId { get; set; } = "";

    /// <summary>ABO group (matters with an AB-plasma vehicle, DOMAIN §1.2 [S13]).</summary>
    public AboGroup AboGroup { get; set; }

    /// <summary>Anticoagulant, e.g. "heparin" or "none".</summary>
    public string Anticoagulant { get; set; } = "heparin";

    /// <summary>Anticoagulant dose in IU per mL of blood (hard 0–5; warning above 1.5; DOMAIN §2).</summary>
    public double AnticoagulantDoseIuPerMilliliter { get; set; } = 1.0;

    /// <summary>Anticoagulant lot.</summary>
    public string? AnticoagulantLot { get; set; }

    /// <summary>Venepuncture time (UTC).</summary>
    public DateTime DrawnAtUtc { get; set; }

    /// <summary>Sex (optional).</summary>
    public DonorSex? Sex { get; set; }

    /// <summary>Age band, one of <see cref="DonorAgeBands.All"/> (optional).</summary>
    public string? AgeBand { get; set; }

    /// <summary>Days free of medication affecting platelets or coagulation (optional; hard 0–3650, warning below 14).</summary>
    public int? MedicationFreeDays { get; set; }

    /// <summary>Infection screen result (optional; positive is refused, pending is warned).</summary>
    public InfectionScreen? InfectionScreen { get; set; }
}
