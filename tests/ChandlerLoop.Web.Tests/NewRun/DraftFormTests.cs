using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Host.Web.Pages.Runs.New;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary><see cref="RunSetupForm.FromRequest"/>: a stored draft goes into the form and back unchanged.</summary>
public sealed class DraftFormTests
{
    [Fact]
    public void A_draft_request_survives_the_round_trip_through_the_form()
    {
        var drawn = new DateTime(2026, 11, 22, 8, 14, 37, DateTimeKind.Utc);
        var request = new RunSetupRequest
        {
            RigKey = "rig-01",
            ProtocolTemplateId = 4,
            Notes = "n",
            TubingMaterial = "PVC",
            TubingCoating = "none",
            TubingInnerDiameterMillimeters = 5,
            LoopLengthCentimeters = 40,
            Donors =
            {
                new DonorSetup { PseudonymousId = "D-1", AboGroup = AboGroup.O, DrawnAtUtc = drawn, Sex = DonorSex.Male, AgeBand = "40-49", MedicationFreeDays = 30, InfectionScreen = InfectionScreen.Negative },
                new DonorSetup { PseudonymousId = "D-2", AboGroup = AboGroup.A, DrawnAtUtc = drawn },
            },
            Loops =
            {
                new LoopSetup { Position = 1, Role = LoopRole.NegativeControl, DonorPseudonymousId = "D-2", Vehicle = Vehicle.Pbs },
                new LoopSetup { Position = 2, Role = LoopRole.TestArticle, CellProduct = "BM-MSC", DoseCellsPerMilliliter = 20_000, StockConcentrationCellsPerMilliliter = 1e6, DonorPseudonymousId = "D-1" },
            },
        };

        var back = RunSetupForm.FromRequest(request).ToRequest("olga", isSimulated: true);

        Assert.Equal(("rig-01", 4L, "n", "PVC", "none", 5.0, 40.0), (back.RigKey, back.ProtocolTemplateId, back.Notes, back.TubingMaterial, back.TubingCoating, back.TubingInnerDiameterMillimeters, back.LoopLengthCentimeters));
        Assert.Equal(new[] { "D-1", "D-2" }, back.Donors.Select(d => d.PseudonymousId));
        var donor = back.Donors[0];
        Assert.Equal((AboGroup.O, drawn, DonorSex.Male, "40-49", 30, InfectionScreen.Negative), (donor.AboGroup, donor.DrawnAtUtc, donor.Sex!.Value, donor.AgeBand, donor.MedicationFreeDays!.Value, donor.InfectionScreen!.Value));
        Assert.Null(back.Donors[1].Sex);
        Assert.Equal(new[] { (1, "D-2", LoopRole.NegativeControl), (2, "D-1", LoopRole.TestArticle) }, back.Loops.Select(l => (l.Position, l.DonorPseudonymousId, l.Role)));
        Assert.Equal((20_000.0, 1e6, Vehicle.Pbs), (back.Loops[1].DoseCellsPerMilliliter, back.Loops[1].StockConcentrationCellsPerMilliliter!.Value, back.Loops[0].Vehicle));
    }

    [Fact]
    public void Empty_tubing_dimensions_are_reported_as_missing()
    {
        var form = new RunSetupForm { ProtocolTemplateId = 1, TubingInnerDiameterMillimeters = null, LoopLengthCentimeters = null };

        var missing = form.MissingValues();

        Assert.Contains(missing, m => m.StartsWith("Tubing inner diameter is empty. Enter it in mm", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.StartsWith("Loop length is empty.", StringComparison.Ordinal));
    }
}
