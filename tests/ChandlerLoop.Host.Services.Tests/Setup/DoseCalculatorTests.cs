using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Services.Tests.Setup;

public sealed class DoseCalculatorTests
{
    [Fact]
    public void Cells_per_loop_is_dose_times_blood_volume()
    {
        Assert.Equal(105_000, DoseCalculator.CellsPerLoop(15_000, 7), 6);
    }

    [Fact]
    public void Volume_to_pipette_is_cells_per_loop_over_stock_in_microliters()
    {
        // 105,000 cells from a stock of 10^6 cells/mL = 0.105 mL = 105 µL.
        Assert.Equal(105, DoseCalculator.VolumeToPipetteMicroliters(15_000, 7, 1_000_000), 9);
        // A stock twice as concentrated halves the volume.
        Assert.Equal(52.5, DoseCalculator.VolumeToPipetteMicroliters(15_000, 7, 2_000_000), 9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    public void Volume_to_pipette_refuses_a_stock_that_is_not_positive(double stock)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DoseCalculator.VolumeToPipetteMicroliters(15_000, 7, stock));
        Assert.Contains("stock concentration", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Clinical_equivalent_uses_70_mL_of_blood_per_kg()
    {
        // DOMAIN §2: 15,000/mL ≈ 1.05 × 10⁶ cells/kg.
        Assert.Equal(1.05e6, DoseCalculator.CellsPerKilogramEquivalent(15_000), 3);
    }

    [Fact]
    public void Vehicle_volume_is_the_fraction_of_the_blood_volume()
    {
        Assert.Equal(140, DoseCalculator.VehicleVolumeMicroliters(2, 7), 9);
        Assert.Equal(35, DoseCalculator.VehicleTopUpMicroliters(140, 105), 9);
    }

    [Fact]
    public void Negative_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DoseCalculator.CellsPerLoop(-1, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => DoseCalculator.VehicleVolumeMicroliters(2, -7));
    }

    [Fact]
    public void Default_loop_holds_about_12_mL_and_7_mL_fills_it_just_over_half()
    {
        // DOMAIN §2: π (0.315 cm)² × 39 cm ≈ 12.2 mL.
        var volume = LoopGeometry.InternalVolumeMilliliters(6.3, 39);
        Assert.InRange(volume, 12.1, 12.2);
        Assert.InRange(LoopGeometry.FillRatio(7, 6.3, 39), 0.57, 0.58);
    }
}
