using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>One loop row of the new-run form; the position is the row's place (1-based), set by <see cref="RunSetupForm"/>.</summary>
public sealed class LoopForm
{
    /// <summary>Rig position (1-based row number).</summary>
    public int Position { get; set; }

    /// <summary>Negative control, test article or positive control.</summary>
    public LoopRole Role { get; set; } = LoopRole.TestArticle;

    /// <summary><see cref="DonorForm.Key"/> of the donor whose blood fills the loop; null when none chosen.</summary>
    public int? DonorKey { get; set; }

    /// <summary>Cell product name.</summary>
    public string? CellProduct { get; set; }

    /// <summary>Tissue source.</summary>
    public string? TissueSource { get; set; }

    /// <summary>Cell lot.</summary>
    public string? CellLot { get; set; }

    /// <summary>Passage number.</summary>
    public int? Passage { get; set; }

    /// <summary>Viability, %.</summary>
    public double? ViabilityPercent { get; set; }

    /// <summary>Tissue factor (CD142) positive cells, %.</summary>
    public double? TissueFactorPositivePercent { get; set; }

    /// <summary>Dose, cells per mL of blood; null while empty.</summary>
    public double? DoseCellsPerMilliliter { get; set; } = 15_000;

    /// <summary>Cell stock concentration, cells per mL; optional.</summary>
    public double? StockConcentrationCellsPerMilliliter { get; set; }

    /// <summary>Blood volume in the loop, mL; null while empty.</summary>
    public double? BloodVolumeMilliliters { get; set; } = 7.0;

    /// <summary>Vehicle.</summary>
    public Vehicle Vehicle { get; set; } = Vehicle.HumanSerumAlbumin;

    /// <summary>Vehicle fraction, % v/v of blood; null while empty.</summary>
    public double? VehicleFractionPercent { get; set; } = 2.0;

    /// <summary>The calculator's figures for the values as typed.</summary>
    public LoopDoseFigures Figures => LoopDoseFigures.For(DoseCellsPerMilliliter, BloodVolumeMilliliters, StockConcentrationCellsPerMilliliter, VehicleFractionPercent);

    /// <summary>Fills the row with a stored loop's values (the position and donor are set by the form).</summary>
    public void CopyFrom(LoopSetup loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        Role = loop.Role;
        CellProduct = loop.CellProduct;
        TissueSource = loop.TissueSource;
        CellLot = loop.CellLot;
        Passage = loop.Passage;
        ViabilityPercent = loop.ViabilityPercent;
        TissueFactorPositivePercent = loop.TissueFactorPositivePercent;
        DoseCellsPerMilliliter = loop.DoseCellsPerMilliliter;
        StockConcentrationCellsPerMilliliter = loop.StockConcentrationCellsPerMilliliter;
        BloodVolumeMilliliters = loop.BloodVolumeMilliliters;
        Vehicle = loop.Vehicle;
        VehicleFractionPercent = loop.VehicleFractionPercent;
    }

    /// <summary>The service's loop; <paramref name="donorId"/> is the pseudonymous id of the chosen donor ("" when none).</summary>
    public LoopSetup ToSetup(string donorId) => new()
    {
        Position = Position,
        Role = Role,
        CellProduct = CellProduct,
        TissueSource = TissueSource,
        CellLot = CellLot,
        Passage = Passage,
        ViabilityPercent = ViabilityPercent,
        TissueFactorPositivePercent = TissueFactorPositivePercent,
        DoseCellsPerMilliliter = DoseCellsPerMilliliter ?? double.NaN,
        StockConcentrationCellsPerMilliliter = StockConcentrationCellsPerMilliliter,
        BloodVolumeMilliliters = BloodVolumeMilliliters ?? double.NaN,
        Vehicle = Vehicle,
        VehicleFractionPercent = VehicleFractionPercent ?? double.NaN,
        DonorPseudonymousId = donorId,
    };
}
