namespace ChandlerLoop.Data.Entities;

/// <summary>
/// One tubing loop of a run: its slot, role, the cell product added and how much (DOMAIN §2).
/// (<see cref="RunId"/>, <see cref="Position"/>) is unique. Audited.
/// </summary>
public sealed class Loop
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>Navigation to the run.</summary>
    public Run? Run { get; set; }

    /// <summary>Slot on the drum, 1-based.</summary>
    public int Position { get; set; }

    /// <summary>Role of the loop.</summary>
    public LoopRole Role { get; set; }

    /// <summary>Cell product name (e.g. "BM-MSC"); null for a vehicle-only loop.</summary>
    public string? CellProduct { get; set; }

    /// <summary>Tissue source of the cells (e.g. "bone marrow", "decidua").</summary>
    public string? TissueSource { get; set; }

    /// <summary>Cell product lot.</summary>
    public string? CellLot { get; set; }

    /// <summary>Passage number of the cells.</summary>
    public int? Passage { get; set; }

    /// <summary>Viability of the cells, percent (0–100).</summary>
    public double? ViabilityPercent { get; set; }

    /// <summary>Tissue factor (CD142) positive cells, percent (0–100).</summary>
    public double? TissueFactorPositivePercent { get; set; }

    /// <summary>Cell dose, cells per mL of blood (default 15,000; hard range 0–2,000,000).</summary>
    public double DoseCellsPerMilliliter { get; set; }

    /// <summary>Concentration of the cell stock to pipette from, cells/mL.</summary>
    public double? StockConcentrationCellsPerMilliliter { get; set; }

    /// <summary>
    /// Volume of stock to pipette, µL = dose (cells/mL) × blood volume (mL) / stock (cells/mL) × 1000;
    /// computed by the host, stored for the record.
    /// </summary>
    public double? VolumeToPipetteMicroliters { get; set; }

    /// <summary>Blood volume in the loop, mL (default 7; hard range 0.5–20).</summary>
    public double BloodVolumeMilliliters { get; set; }

    /// <summary>Vehicle the cells (or nothing, for the negative control) are added in.</summary>
    public Vehicle Vehicle { get; set; }

    /// <summary>Vehicle volume as a fraction of the blood volume, percent v/v (hard range 0–10).</summary>
    public double VehicleFractionPercent { get; set; }

    /// <summary>The blood donor.</summary>
    public long DonorId { get; set; }

    /// <summary>Navigation to the donor.</summary>
    public Donor? Donor { get; set; }

    /// <summary>This loop's t0 (cells added, loop closed), UTC; loops are loaded one after the other.</summary>
    public DateTime? LoadedAtUtc { get; set; }
}
