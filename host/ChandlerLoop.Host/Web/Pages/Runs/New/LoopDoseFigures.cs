using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>
/// The live calculator of one loop (DOMAIN §2 dose arithmetic, computed by <see cref="DoseCalculator"/>):
/// each figure is null when the values it needs are empty or out of the calculator's domain.
/// </summary>
/// <param name="CellsPerLoop">Cells added to the loop (dose × blood volume).</param>
/// <param name="VolumeToPipetteMicroliters">Cell stock to pipette, µL; null without a stock concentration.</param>
/// <param name="CellsPerKilogramEquivalent">Clinical-dose equivalent, cells/kg (dose × 70 mL/kg).</param>
/// <param name="VehicleVolumeMicroliters">Vehicle volume per loop, µL (fraction × blood volume).</param>
/// <param name="VehicleTopUpMicroliters">Plain vehicle to add after the cell suspension, µL; negative when the suspension exceeds the allowance.</param>
public sealed record LoopDoseFigures(
    double? CellsPerLoop,
    double? VolumeToPipetteMicroliters,
    double? CellsPerKilogramEquivalent,
    double? VehicleVolumeMicroliters,
    double? VehicleTopUpMicroliters)
{
    /// <summary>Computes the figures the given values allow.</summary>
    public static LoopDoseFigures For(double? doseCellsPerMilliliter, double? bloodVolumeMilliliters, double? stockCellsPerMilliliter, double? vehicleFractionPercent)
    {
        var dose = NonNegative(doseCellsPerMilliliter);
        var blood = NonNegative(bloodVolumeMilliliters);
        var fraction = NonNegative(vehicleFractionPercent);
        var stock = stockCellsPerMilliliter is { } s && double.IsFinite(s) && s > 0 ? s : (double?)null;

        double? cells = dose is { } d1 && blood is { } b1 ? DoseCalculator.CellsPerLoop(d1, b1) : null;
        double? pipette = dose is { } d2 && blood is { } b2 && stock is { } s2 ? DoseCalculator.VolumeToPipetteMicroliters(d2, b2, s2) : null;
        double? perKilogram = dose is { } d3 ? DoseCalculator.CellsPerKilogramEquivalent(d3) : null;
        double? vehicle = fraction is { } f && blood is { } b3 ? DoseCalculator.VehicleVolumeMicroliters(f, b3) : null;
        double? topUp = vehicle is { } v && pipette is { } p ? DoseCalculator.VehicleTopUpMicroliters(v, p) : null;
        return new LoopDoseFigures(cells, pipette, perKilogram, vehicle, topUp);
    }

    private static double? NonNegative(double? value) => value is { } v && double.IsFinite(v) && v >= 0 ? v : null;
}
