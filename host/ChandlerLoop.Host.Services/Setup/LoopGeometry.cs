namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// Tubing loop geometry (DOMAIN §2): internal volume V = π (d/2)² L, and the fill ratio blood / V.
/// At the default 6.3 mm × 39 cm, V ≈ 12.2 mL, so 7 mL of blood fills about 0.57 of the loop.
/// </summary>
public static class LoopGeometry
{
    /// <summary>Default tubing inner diameter, mm ([R] Uppsala PVC tubing).</summary>
    public const double DefaultInnerDiameterMillimeters = 6.3;

    /// <summary>Default loop length, cm ([R]/[I]).</summary>
    public const double DefaultLengthCentimeters = 39;

    /// <summary>Hard inner diameter range, mm.</summary>
    public const double MinimumInnerDiameterMillimeters = 2;

    /// <summary>Hard inner diameter range, mm.</summary>
    public const double MaximumInnerDiameterMillimeters = 8;

    /// <summary>Hard loop length range, cm.</summary>
    public const double MinimumLengthCentimeters = 10;

    /// <summary>Hard loop length range, cm.</summary>
    public const double MaximumLengthCentimeters = 100;

    /// <summary>Internal volume in mL (1 cm³ = 1 mL): π (d/2)² L with d and L converted to cm.</summary>
    public static double InternalVolumeMilliliters(double innerDiameterMillimeters, double lengthCentimeters)
    {
        var radiusCentimeters = innerDiameterMillimeters / 10.0 / 2.0;
        return Math.PI * radiusCentimeters * radiusCentimeters * lengthCentimeters;
    }

    /// <summary>
    /// Fill of a loop as percent of its internal volume, for records (report, export); null when the
    /// tubing was not recorded (runs set up before the tubing was stored).
    /// </summary>
    public static double? FillPercent(double bloodVolumeMilliliters, double? innerDiameterMillimeters, double? lengthCentimeters) =>
        innerDiameterMillimeters is { } d && lengthCentimeters is { } l && d > 0 && l > 0
            ? FillRatio(bloodVolumeMilliliters, d, l) * 100.0
            : null;

    /// <summary>Blood volume / loop internal volume (dimensionless).</summary>
    public static double FillRatio(double bloodVolumeMilliliters, double innerDiameterMillimeters, double lengthCentimeters) =>
        bloodVolumeMilliliters / InternalVolumeMilliliters(innerDiameterMillimeters, lengthCentimeters);
}
