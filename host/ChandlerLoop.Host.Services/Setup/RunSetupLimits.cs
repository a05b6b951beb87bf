namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// DOMAIN §2 hard ranges (refused) and warning thresholds (allowed, flagged) for run setup.
/// Tags as in DOMAIN: [B] brief, [R] recalled literature, [I] engineering choice.
/// </summary>
public static class RunSetupLimits
{
    /// <summary>Highest loop position (about 30 rings fit a disc [S3]).</summary>
    public const int MaximumLoopPosition = 30;

    /// <summary>Hard dose range, cells/mL blood.</summary>
    public const double MaximumDoseCellsPerMilliliter = 2_000_000;

    /// <summary>Dose above which a warning is given, cells/mL blood (15,000 is the default [B]).</summary>
    public const double WarnDoseCellsPerMilliliter = 100_000;

    /// <summary>Hard blood volume range per loop, mL.</summary>
    public const double MinimumBloodVolumeMilliliters = 0.5;

    /// <summary>Hard blood volume range per loop, mL.</summary>
    public const double MaximumBloodVolumeMilliliters = 20;

    /// <summary>Hard fill ratio range (blood / loop volume).</summary>
    public const double MinimumFillRatio = 0.1;

    /// <summary>Hard fill ratio range (blood / loop volume).</summary>
    public const double MaximumFillRatio = 0.9;

    /// <summary>Fill ratio warning band (shear depends on fill [S5][S6]).</summary>
    public const double WarnMinimumFillRatio = 0.35;

    /// <summary>Fill ratio warning band.</summary>
    public const double WarnMaximumFillRatio = 0.65;

    /// <summary>Hard vehicle fraction, % v/v of blood.</summary>
    public const double MaximumVehicleFractionPercent = 10;

    /// <summary>Vehicle fraction above which a warning is given (dilution lowers counts [I]).</summary>
    public const double WarnVehicleFractionPercent = 5;

    /// <summary>Hard soluble anticoagulant dose, IU/mL.</summary>
    public const double MaximumAnticoagulantIuPerMilliliter = 5;

    /// <summary>Anticoagulant dose above which a warning is given, IU/mL.</summary>
    public const double WarnAnticoagulantIuPerMilliliter = 1.5;

    /// <summary>Hard limit from venepuncture to loop start, minutes.</summary>
    public const double MaximumDrawToStartMinutes = 120;

    /// <summary>Draw-to-start time above which a warning is given, minutes.</summary>
    public const double WarnDrawToStartMinutes = 30;

    /// <summary>Allowed clock skew for a draw time in the future, minutes.</summary>
    public const double FutureDrawToleranceMinutes = 5;

    /// <summary>Medication-free interval below which a warning is given, days (14 days [S17]).</summary>
    public const int WarnMedicationFreeDays = 14;

    /// <summary>Longest medication-free interval accepted, days (ten years; beyond that, a typing error).</summary>
    public const int MaximumMedicationFreeDays = 3650;

    /// <summary>Longest tubing material or coating text, characters.</summary>
    public const int MaximumTubingTextLength = 64;

    /// <summary>Longest notes text, characters.</summary>
    public const int MaximumNotesLength = 4000;
}
