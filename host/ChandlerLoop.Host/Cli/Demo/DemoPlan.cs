using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Cli.Demo;

/// <summary>
/// The demo's runs: on every rig six loops of 7 mL blood (negative control; BM-MSC 15,000 and
/// 30,000 cells/mL; decidual stromal cells 15,000; adipose MSC 15,000; fibroblasts 15,000 as positive
/// control), vehicle 2 % AB plasma, one donor per rig alternating group O and A. TF-positive
/// percentages are illustrative (BM-MSC low, DSC/AT-MSC higher, fibroblasts high).
/// </summary>
internal static class DemoPlan
{
    /// <summary>The demo operator's user name.</summary>
    public const string OperatorUser = "demo-operator";

    /// <summary>Baseline platelets of donor O / A (×10⁹/L).</summary>
    public static double BaselinePlatelets(AboGroup group) => group == AboGroup.O ? 245 : 268;

    /// <summary>The draft request for rig number <paramref name="rigIndex"/> (0-based).</summary>
    public static RunSetupRequest Request(string rigKey, int rigIndex, long templateId, DateTime drawnAtUtc)
    {
        var group = rigIndex % 2 == 0 ? AboGroup.O : AboGroup.A;
        var donor = "DEMO-" + group + "-" + (rigIndex + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        LoopSetup Loop(int position, LoopRole role, string? product, string? source, double dose, double? tf) => new()
        {
            Position = position, Role = role, CellProduct = product, TissueSource = source, CellLot = product is null ? null : "DEMO-" + position,
            Passage = product is null ? null : 4, ViabilityPercent = product is null ? null : 92, TissueFactorPositivePercent = tf,
            DoseCellsPerMilliliter = dose, StockConcentrationCellsPerMilliliter = product is null ? null : 5_000_000,
            BloodVolumeMilliliters = 7, Vehicle = Vehicle.AbPlasma, VehicleFractionPercent = 2, DonorPseudonymousId = donor,
        };
        return new RunSetupRequest
        {
            RigKey = rigKey,
            ProtocolTemplateId = templateId,
            OperatorUserName = OperatorUser,
            IsSimulated = true,
            Notes = "SIMULATED demo run: virtual rig and example results, not a real experiment.",
            Loops =
            [
                Loop(1, LoopRole.NegativeControl, null, null, 0, null),
                Loop(2, LoopRole.TestArticle, "BM-MSC", "bone marrow", 15_000, 15),
                Loop(3, LoopRole.TestArticle, "BM-MSC", "bone marrow", 30_000, 15),
                Loop(4, LoopRole.TestArticle, "DSC", "decidua", 15_000, 45),
                Loop(5, LoopRole.TestArticle, "AT-MSC", "adipose tissue", 15_000, 40),
                Loop(6, LoopRole.PositiveControl, "Fibroblasts", "skin", 15_000, 80),
            ],
            Donors = [new DonorSetup { PseudonymousId = donor, AboGroup = group, Anticoagulant = "heparin", AnticoagulantDoseIuPerMilliliter = 1.0, AnticoagulantLot = "DEMO-HEP", DrawnAtUtc = drawnAtUtc }],
        };
    }
}
