using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>One loop of a run: its position, role, cell product, dose (cells per mL of blood) and vehicle.</summary>
public sealed class LoopSetup
{
    /// <summary>Rig position, 1 to <see cref="RunSetupLimits.MaximumLoopPosition"/>, unique within the run.</summary>
    public int Position { get; set; }

    /// <summary>Negative control (vehicle only), test article or positive control.</summary>
    public LoopRole Role { get; set; }

    /// <summary>Cell product name (required for test articles and cell-based positive controls).</summary>
    public string? CellProduct { get; set; }

    /// <summary>Tissue source, e.g. "bone marrow", "decidua", "skin fibroblast".</summary>
    public string? TissueSource { get; set; }

    /// <summary>Cell lot.</summary>
    public string? CellLot { get; set; }

    /// <summary>Passage number (0–100).</summary>
    public int? Passage { get; set; }

    /// <summary>Viability in % (0–100).</summary>
    public double? ViabilityPercent { get; set; }

    /// <summary>Tissue factor (CD142) positive cells in % (0–100).</summary>
    public double? TissueFactorPositivePercent { get; set; }

    /// <summary>Dose in cells per mL of blood (hard 0–2,000,000; warning above 100,000; DOMAIN §2).</summary>
    public double DoseCellsPerMilliliter { get; set; }

    /// <summary>Concentration of the cell stock in cells per mL; needed to compute the volume to pipette.</summary>
    public double? StockConcentrationCellsPerMilliliter { get; set; }

    /// <summary>Blood volume in the loop in mL (hard 0.5–20; DOMAIN §2).</summary>
    public double BloodVolumeMilliliters { get; set; } = 7.0;

    /// <summary>Vehicle the cells (or nothing, for the negative control) are added in.</summary>
    public Vehicle Vehicle { get; set; }

    /// <summary>Vehicle volume as % v/v of blood (hard 0–10; warning above 5; DOMAIN §2).</summary>
    public double VehicleFractionPercent { get; set; } = 2.0;

    /// <summary>Pseudonymous id of the blood donor.</summary>
    public string DonorPseudonymousId { get; set; } = "";
}
