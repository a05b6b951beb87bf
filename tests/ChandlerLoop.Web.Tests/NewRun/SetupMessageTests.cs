using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Host.Web.Pages.Runs.New;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary>Placing the service's errors and warnings on the rows and fields of the form.</summary>
public sealed class SetupMessageTests
{
    [Fact]
    public void A_loop_warning_is_placed_on_its_row_and_field()
    {
        var message = SetupMessage.FromWarning(new SetupWarning("abo_vehicle_o_donor", "Loops[1] (position 2).Vehicle", "AB-plasma vehicle ..."));
        Assert.False(message.IsError);
        Assert.True(message.IsFor("Loops", 1));
        Assert.Equal("Vehicle", message.Property);
        Assert.Equal("Loop 2 · Vehicle", message.PlaceLabel);
    }

    [Theory]
    [InlineData("Loops[0] (position 1).DoseCellsPerMilliliter is -5 cells/mL; the allowed range is 0–2,000,000 cells/mL: enter the dose.", "Loops", 0, "DoseCellsPerMilliliter")]
    [InlineData("Loops[2] (position 3).DonorPseudonymousId is empty: name the donor whose blood fills this loop.", "Loops", 2, "DonorPseudonymousId")]
    [InlineData("Loops[1] (position 2): the cell stock to pipette is 300 µL, more than the 140 µL vehicle allowance.", "Loops", 1, null)]
    [InlineData("Donors[0].PseudonymousId is empty: give the donor's pseudonymous id (never a name).", "Donors", 0, "PseudonymousId")]
    [InlineData("Donors[1] ('D (1).x') appears more than once: list each donor once.", "Donors", 1, null)]
    [InlineData("Donors[0] ('D-1').AnticoagulantDoseIuPerMilliliter is 9 IU/mL; the allowed range is 0–5 IU/mL.", "Donors", 0, "AnticoagulantDoseIuPerMilliliter")]
    [InlineData("RigKey 'rig-9' is not a known rig: check the key.", "", null, "RigKey")]
    [InlineData("Loops is empty: add at least one loop.", "", null, "Loops")]
    [InlineData("Something unexpected.", "", null, null)]
    public void Errors_are_placed_by_the_field_path_they_start_with(string text, string collection, int? index, string? property)
    {
        var message = SetupMessage.FromError(text);
        Assert.True(message.IsError);
        Assert.Equal(collection, message.Collection);
        Assert.Equal(index, message.Index);
        Assert.Equal(property, message.Property);
        Assert.Equal(text, message.Text);
    }
}
