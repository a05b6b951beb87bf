using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>One donor row of the new-run form (what the operator types; converted by <see cref="RunSetupForm"/>).</summary>
public sealed class DonorForm
{
    /// <summary>Creates a row with the form's defaults (heparin 1 IU/mL, drawn now).</summary>
    public DonorForm(int key, DateTime drawnAtUtc)
    {
        Key = key;
        DrawnAtUtc = drawnAtUtc;
    }

    /// <summary>Stable key of the row within the form (loops refer to donors by it, so renaming keeps the link).</summary>
    public int Key { get; }

    /// <summary>Pseudonymous donor id (never a name).</summary>
    public string PseudonymousId { get; set; } = "";

    /// <summary>ABO group.</summary>
    public AboGroup AboGroup { get; set; } = AboGroup.Unknown;

    /// <summary>Anticoagulant, e.g. "heparin".</summary>
    public string Anticoagulant { get; set; } = "heparin";

    /// <summary>Anticoagulant dose, IU per mL of blood; null while empty.</summary>
    public double? AnticoagulantDoseIuPerMilliliter { get; set; } = 1.0;

    /// <summary>Anticoagulant lot.</summary>
    public string? AnticoagulantLot { get; set; }

    /// <summary>Venepuncture time as typed, read as UTC; null while empty.</summary>
    public DateTime? DrawnAtUtc { get; set; }

    /// <summary>Sex; null when not recorded.</summary>
    public DonorSex? Sex { get; set; }

    /// <summary>Age band (one of <see cref="DonorAgeBands.All"/>); null when not recorded.</summary>
    public string? AgeBand { get; set; }

    /// <summary>Medication-free interval, days; null when not recorded.</summary>
    public int? MedicationFreeDays { get; set; }

    /// <summary>Infection screen; null when not recorded.</summary>
    public InfectionScreen? InfectionScreen { get; set; }

    /// <summary>Fills the row with a stored donor's values.</summary>
    public void CopyFrom(DonorSetup donor)
    {
        ArgumentNullException.ThrowIfNull(donor);
        PseudonymousId = donor.PseudonymousId;
        AboGroup = donor.AboGroup;
        Anticoagulant = donor.Anticoagulant;
        AnticoagulantDoseIuPerMilliliter = donor.AnticoagulantDoseIuPerMilliliter;
        AnticoagulantLot = donor.AnticoagulantLot;
        DrawnAtUtc = donor.DrawnAtUtc;
        Sex = donor.Sex;
        AgeBand = donor.AgeBand;
        MedicationFreeDays = donor.MedicationFreeDays;
        InfectionScreen = donor.InfectionScreen;
    }

    /// <summary>The service's donor (call only when <see cref="RunSetupForm.MissingValues"/> is empty).</summary>
    public DonorSetup ToSetup() => new()
    {
        PseudonymousId = PseudonymousId.Trim(),
        AboGroup = AboGroup,
        Anticoagulant = Anticoagulant.Trim(),
        AnticoagulantDoseIuPerMilliliter = AnticoagulantDoseIuPerMilliliter ?? double.NaN,
        AnticoagulantLot = string.IsNullOrWhiteSpace(AnticoagulantLot) ? null : AnticoagulantLot.Trim(),
        DrawnAtUtc = DrawnAtUtc is { } drawn ? DateTime.SpecifyKind(drawn, DateTimeKind.Utc) : default,
        Sex = Sex,
        AgeBand = string.IsNullOrWhiteSpace(AgeBand) ? null : AgeBand,
        MedicationFreeDays = MedicationFreeDays,
        InfectionScreen = InfectionScreen,
    };
}
