namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// Dose arithmetic (DOMAIN §2, §3 "derived"; pure). Dose is in cells per mL of blood; volumes of cell
/// suspension and vehicle are in µL. Invalid arguments (negative, non-finite, stock ≤ 0) throw
/// <see cref="ArgumentOutOfRangeException"/> with a message saying what to fix.
/// </summary>
public static class DoseCalculator
{
    /// <summary>Blood volume per kg of body weight used for the clinical-dose equivalent, mL/kg (DOMAIN §2 [I]).</summary>
    public const double BloodVolumeMillilitersPerKilogram = 70.0;

    /// <summary>Cells added to one loop: dose × blood volume (15,000/mL × 7 mL = 105,000).</summary>
    public static double CellsPerLoop(double doseCellsPerMilliliter, double bloodVolumeMilliliters)
    {
        RequireNonNegative(doseCellsPerMilliliter, nameof(doseCellsPerMilliliter));
        RequireNonNegative(bloodVolumeMilliliters, nameof(bloodVolumeMilliliters));
        return doseCellsPerMilliliter * bloodVolumeMilliliters;
    }

    /// <summary>
    /// Volume of cell stock to pipette into the loop, µL: dose × blood volume / stock concentration × 1000
    /// (e.g. 15,000/mL × 7 mL / 1,000,000/mL = 0.105 mL = 105 µL). Stock must be &gt; 0.
    /// </summary>
    public static double VolumeToPipetteMicroliters(double doseCellsPerMilliliter, double bloodVolumeMilliliters, double stockConcentrationCellsPerMilliliter)
    {
        if (!double.IsFinite(stockConcentrationCellsPerMilliliter) || stockConcentrationCellsPerMilliliter <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stockConcentrationCellsPerMilliliter), stockConcentrationCellsPerMilliliter,
                "The stock concentration must be a positive number of cells per mL (count the stock and enter it).");
        }

        return CellsPerLoop(doseCellsPerMilliliter, bloodVolumeMilliliters) / stockConcentrationCellsPerMilliliter * 1000.0;
    }

    /// <summary>Clinical-dose equivalent, cells/kg: dose × 70 mL/kg (15,000/mL ≈ 1.05 × 10⁶ cells/kg).</summary>
    public static double CellsPerKilogramEquivalent(double doseCellsPerMilliliter)
    {
        RequireNonNegative(doseCellsPerMilliliter, nameof(doseCellsPerMilliliter));
        return doseCellsPerMilliliter * BloodVolumeMillilitersPerKilogram;
    }

    /// <summary>Vehicle volume allowed per loop, µL: fraction (% v/v of blood) × blood volume (2 % × 7 mL = 140 µL).</summary>
    public static double VehicleVolumeMicroliters(double vehicleFractionPercent, double bloodVolumeMilliliters)
    {
        RequireNonNegative(vehicleFractionPercent, nameof(vehicleFractionPercent));
        RequireNonNegative(bloodVolumeMilliliters, nameof(bloodVolumeMilliliters));
        return vehicleFractionPercent / 100.0 * bloodVolumeMilliliters * 1000.0;
    }

    /// <summary>
    /// Plain vehicle to add after the cell suspension so every loop gets the same vehicle volume, µL:
    /// vehicle volume − volume to pipette; negative means the cell suspension alone exceeds the allowance.
    /// </summary>
    public static double VehicleTopUpMicroliters(double vehicleVolumeMicroliters, double volumeToPipetteMicroliters) =>
        vehicleVolumeMicroliters - volumeToPipetteMicroliters;

    private static void RequireNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, name + " must be a finite number ≥ 0.");
        }
    }
}
