using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web.Pages.Runs.New;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary>The new-run form model: positions, donor links, missing values and the request it builds.</summary>
public sealed class RunSetupFormTests
{
    private static readonly DateTime Drawn = new(2026, 11, 22, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Loops_are_numbered_by_row_and_move_up_when_one_is_removed()
    {
        var form = new RunSetupForm();
        var negative = form.AddLoop(LoopRole.NegativeControl);
        var test = form.AddLoop(LoopRole.TestArticle);
        var positive = form.AddLoop(LoopRole.PositiveControl);
        Assert.Equal([1, 2, 3], form.Loops.Select(l => l.Position));
        Assert.Equal(0, negative.DoseCellsPerMilliliter);
        Assert.Equal(15_000, test.DoseCellsPerMilliliter);

        form.RemoveLoop(test);

        Assert.Equal(2, positive.Position);
        Assert.Equal([LoopRole.NegativeControl, LoopRole.PositiveControl], form.Loops.Select(l => l.Role));
    }

    [Fact]
    public void Request_carries_operator_simulated_flag_and_the_donor_id_of_each_loop_even_after_a_rename()
    {
        var form = new RunSetupForm { ProtocolTemplateId = 7, RigKey = "rig-02", Notes = "  first try  " };
        var loop = form.AddLoop(LoopRole.TestArticle);
        var donor = form.AddDonor(Drawn);
        donor.PseudonymousId = " D-01 ";
        donor.AboGroup = AboGroup.O;
        Assert.Equal(donor.Key, loop.DonorKey);
        donor.PseudonymousId = "D-02";

        var request = form.ToRequest("olga.operator", isSimulated: true);

        Assert.Equal("olga.operator", request.OperatorUserName);
        Assert.True(request.IsSimulated);
        Assert.Equal(7, request.ProtocolTemplateId);
        Assert.Equal("rig-02", request.RigKey);
        Assert.Equal("first try", request.Notes);
        Assert.Equal("D-02", Assert.Single(request.Loops).DonorPseudonymousId);
        var setup = Assert.Single(request.Donors);
        Assert.Equal("D-02", setup.PseudonymousId);
        Assert.Equal(AboGroup.O, setup.AboGroup);
        Assert.Equal(DateTimeKind.Utc, setup.DrawnAtUtc.Kind);
        Assert.Equal(Drawn, setup.DrawnAtUtc);
    }

    [Fact]
    public void Removing_a_donor_leaves_its_loops_without_one_so_the_service_reports_the_missing_donor()
    {
        var form = new RunSetupForm { ProtocolTemplateId = 1 };
        var donor = form.AddDonor(Drawn);
        donor.PseudonymousId = "D-01";
        form.AddLoop(LoopRole.TestArticle);

        form.RemoveDonor(donor);

        Assert.Null(form.Loops[0].DonorKey);
        Assert.Equal("", form.ToRequest("op", false).Loops[0].DonorPseudonymousId);
    }

    [Fact]
    public void Empty_required_numbers_are_listed_with_what_to_enter()
    {
        var form = new RunSetupForm();
        var donor = form.AddDonor(Drawn);
        donor.DrawnAtUtc = null;
        donor.AnticoagulantDoseIuPerMilliliter = null;
        var loop = form.AddLoop(LoopRole.TestArticle);
        loop.DoseCellsPerMilliliter = null;
        loop.BloodVolumeMilliliters = null;
        loop.VehicleFractionPercent = null;

        var missing = form.MissingValues();

        Assert.Equal(6, missing.Count);
        Assert.Contains(missing, m => m.StartsWith("Protocol: none chosen", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("Loop 1: the dose is empty. Enter cells per mL of blood", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("Donor 1: the draw time is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_form_has_no_missing_values()
    {
        var form = new RunSetupForm { ProtocolTemplateId = 1, RigKey = "rig-01" };
        form.AddDonor(Drawn);
        form.AddLoop(LoopRole.NegativeControl);
        Assert.Empty(form.MissingValues());
    }
}
