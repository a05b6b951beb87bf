namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>The impact statement recorded with the automatic deviation of each failed check.</summary>
internal static class AcceptanceImpacts
{
    /// <summary>The impact text for a failed check.</summary>
    public static string For(AcceptanceCheck check)
    {
        if (!check.Evaluable)
        {
            return "Acceptance could not be shown because the record needed for this criterion is missing or inconclusive; "
                + "a lab manager must assess it (complete the record and re-evaluate, or disposition the deviation) before approval.";
        }

        return check.Code switch
        {
            AcceptanceCheckCodes.TemperatureInBand or AcceptanceCheckCodes.TemperatureExcursion =>
                "Blood was exposed outside the protocol temperature: coagulation and complement activation depend on temperature, so marker levels may be biased.",
            AcceptanceCheckCodes.SpeedMean or AcceptanceCheckCodes.RotationStoppage =>
                "Rotation deviated from the protocol: flow and wall shear set contact activation and platelet adhesion, so results may not compare with other runs.",
            AcceptanceCheckCodes.ExposureTime =>
                "Exposure time differed from the plan: marker levels rise with exposure time, so end-point values are not at the protocol time.",
            AcceptanceCheckCodes.TelemetryComplete =>
                "Part of the exposure has no original telemetry record: temperature and rotation cannot be shown for that time.",
            AcceptanceCheckCodes.DrawToStart =>
                "Blood was older than the protocol allows at loop start: spontaneous activation of the blood may raise the background.",
            AcceptanceCheckCodes.BaselinePlatelets =>
                "The donor's baseline platelet count is outside the reference range: platelet consumption is not comparable with other donors.",
            AcceptanceCheckCodes.NegativeControlPlatelets or AcceptanceCheckCodes.NegativeControlTat =>
                "The negative control shows activation: the model's background is too high to attribute activation to the test article.",
            AcceptanceCheckCodes.PositiveControl =>
                "Run invalid: the positive control did not activate, so the run cannot show that the model detects activation (DOMAIN §5).",
            AcceptanceCheckCodes.Centrifugation =>
                "Samples waited too long before centrifugation: complement markers (C3a, sC5b-9) may rise in the tube and overstate activation.",
            AcceptanceCheckCodes.StorageTemperature =>
                "Plasma was stored warmer than −70 °C: marker stability is not assured.",
            _ => "The run did not meet this acceptance criterion; assess its effect on the results.",
        };
    }
}
