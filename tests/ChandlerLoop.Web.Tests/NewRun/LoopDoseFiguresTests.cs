using ChandlerLoop.Host.Web.Pages.Runs.New;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary>The live calculator figures of a loop row.</summary>
public sealed class LoopDoseFiguresTests
{
    [Fact]
    public void Default_dose_in_seven_millilitres_from_a_five_million_stock()
    {
        const double dose = 15_000, blood = 7, stock = 5_000_000, fraction = 2;
        var figures = LoopDoseFigures.For(dose, blood, stock, fraction);

        Assert.Equal(dose * blood, figures.CellsPerLoop);                                   // 105,000 cells
        Assert.Equal(dose * blood / stock * 1000, figures.VolumeToPipetteMicroliters!.Value, 9); // 21 µL
        Assert.Equal(dose * 70, figures.CellsPerKilogramEquivalent);                        // 1.05 × 10⁶ cells/kg
        Assert.Equal(fraction / 100 * blood * 1000, figures.VehicleVolumeMicroliters!.Value, 9); // 140 µL
        Assert.Equal(140 - 21, figures.VehicleTopUpMicroliters!.Value, 9);
    }

    [Fact]
    public void Without_a_stock_concentration_there_is_no_pipette_volume_but_the_other_figures_remain()
    {
        var figures = LoopDoseFigures.For(15_000, 7, null, 2);
        Assert.Null(figures.VolumeToPipetteMicroliters);
        Assert.Null(figures.VehicleTopUpMicroliters);
        Assert.Equal(105_000, figures.CellsPerLoop);
    }

    [Theory]
    [InlineData(-1.0, 7.0, 5e6)]
    [InlineData(15_000.0, -7.0, 5e6)]
    [InlineData(15_000.0, 7.0, 0.0)]
    public void Values_outside_the_calculator_domain_give_no_figure_instead_of_throwing(double dose, double blood, double stock)
    {
        var figures = LoopDoseFigures.For(dose, blood, stock, 2);
        Assert.Null(figures.VolumeToPipetteMicroliters);
    }

    [Fact]
    public void Empty_values_give_no_figures()
    {
        Assert.Equal(new LoopDoseFigures(null, null, null, null, null), LoopDoseFigures.For(null, null, null, null));
    }
}
