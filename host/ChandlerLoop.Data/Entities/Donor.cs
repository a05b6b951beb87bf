namespace ChandlerLoop.Data.Entities;

/// <summary>A blood donation, pseudonymised (DOMAIN §4 SETUP, §6). No personal data is stored.</summary>
public sealed class Donor
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Pseudonymous donor code, unique (the key to identity stays outside this system).</summary>
    public string PseudonymousId { get; set; } = "";

    /// <summary>ABO group.</summary>
    public AboGroup AboGroup { get; set; }

    /// <summary>Anticoagulant (e.g. "heparin").</summary>
    public string Anticoagulant { get; set; } = "";

    /// <summary>Anticoagulant dose in the blood, IU/mL (soluble heparin: default 1.0, hard range 0–5).</summary>
    public double AnticoagulantDoseIuPerMilliliter { get; set; }

    /// <summary>Anticoagulant lot.</summary>
    public string? AnticoagulantLot { get; set; }

    /// <summary>Venepuncture time, UTC.</summary>
    public DateTime DrawnAtUtc { get; set; }

    /// <summary>Sex; null when not recorded (runs before set-up records).</summary>
    public DonorSex? Sex { get; set; }

    /// <summary>Age band, e.g. "30-39" (never the birth date); null when not recorded.</summary>
    public string? AgeBand { get; set; }

    /// <summary>Days since the donor last took medication affecting platelets or coagulation (e.g. ≥ 14); null when not recorded.</summary>
    public int? MedicationFreeDays { get; set; }

    /// <summary>Infection screen result; null when not recorded.</summary>
    public InfectionScreen? InfectionScreen { get; set; }
}
