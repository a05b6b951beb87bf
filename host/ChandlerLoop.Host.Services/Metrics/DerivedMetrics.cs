namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>
/// The derived metrics of DOMAIN §3 as pure functions. Inputs may be missing (null), bounds (a result
/// below the LLOQ or above the ULOQ) or zero; nothing throws: a metric that cannot be computed comes back
/// with <see cref="MetricValue.Reason"/> set, and a bound carries through as "≥" or "≤".
/// </summary>
public static class DerivedMetrics
{
    /// <summary>Unit of platelet consumption.</summary>
    public const string PercentUnit = "%";

    /// <summary>Unit of a fold change.</summary>
    public const string FoldUnit = "fold";

    /// <summary>
    /// Platelet consumption, % of t0 = 100 × (1 − PLT_t / PLT_t0). A PLT_t below the LLOQ gives "≥", a t0
    /// below the LLOQ gives "≤"; a missing value or a t0 of zero is not computable.
    /// </summary>
    public static MetricValue PlateletConsumptionPercent(MetricValue? baselineT0, MetricValue? atTime)
    {
        var ratio = Ratio(atTime, baselineT0, "platelet count at this time point", "t0 platelet count", PercentUnit);
        return ratio.Value is { } r
            ? new MetricValue(100.0 * (1.0 - r), Invert(ratio.Bound), PercentUnit, null)
            : ratio;
    }

    /// <summary>Platelet consumption from two exact counts, ×10⁹/L.</summary>
    public static MetricValue PlateletConsumptionPercent(double baselineT0, double atTime) =>
        PlateletConsumptionPercent(MetricValue.Exact(baselineT0, "10^9/L"), MetricValue.Exact(atTime, "10^9/L"));

    /// <summary>
    /// A count corrected for the dilution by the added vehicle: PLT_t × (V_blood + V_vehicle) / V_blood
    /// (DOMAIN §3). Volumes in mL; a blood volume ≤ 0 or a negative vehicle volume is not computable.
    /// </summary>
    public static MetricValue DilutionCorrected(MetricValue? count, double bloodMilliliters, double vehicleMilliliters)
    {
        if (count?.Value is not { } value)
        {
            return count ?? MetricValue.NotComputable("", "count missing");
        }

        if (!(bloodMilliliters > 0) || !(vehicleMilliliters >= 0) || !double.IsFinite(bloodMilliliters + vehicleMilliliters))
        {
            return MetricValue.NotComputable(count.Unit,
                "dilution correction needs blood volume > 0 mL and vehicle volume ≥ 0 mL (got " + bloodMilliliters + " mL and " + vehicleMilliliters + " mL)");
        }

        return count with { Value = value * (bloodMilliliters + vehicleMilliliters) / bloodMilliliters };
    }

    /// <summary>Vehicle volume in mL from the blood volume (mL) and the vehicle fraction (% v/v of blood).</summary>
    public static double VehicleVolumeMilliliters(double bloodMilliliters, double vehicleFractionPercent) =>
        bloodMilliliters * vehicleFractionPercent / 100.0;

    /// <summary>
    /// Fold change of a value against the negative-control loop's value (same donor, same time point).
    /// A zero or negative control value, or a missing one, is not computable.
    /// </summary>
    public static MetricValue FoldChange(MetricValue? value, MetricValue? negativeControlValue) =>
        Ratio(value, negativeControlValue, "value", "negative-control value", FoldUnit);

    /// <summary>Change of a value from the loop's t0 value (value − t0), in the value's unit.</summary>
    public static MetricValue DeltaFromBaseline(MetricValue? value, MetricValue? baselineT0)
    {
        var unit = value?.Unit ?? baselineT0?.Unit ?? "";
        if (value?.Value is not { } v)
        {
            return MetricValue.NotComputable(unit, Missing("value", value));
        }

        if (baselineT0?.Value is not { } b)
        {
            return MetricValue.NotComputable(unit, Missing("t0 value", baselineT0));
        }

        return Combine(value.Bound, Invert(baselineT0.Bound)) is { } bound
            ? new MetricValue(v - b, bound, unit, null)
            : MetricValue.NotComputable(unit, "value " + value.Format() + " and t0 " + baselineT0.Format() + " are bounds in opposite directions");
    }

    /// <summary>The bound of a sum of two bounded values (null when they point in opposite directions).</summary>
    internal static MetricBound? Combine(MetricBound a, MetricBound b) =>
        a == MetricBound.Exact ? b : b == MetricBound.Exact || a == b ? a : null;

    /// <summary>The bound of the negated (or reciprocal, for positive values) quantity.</summary>
    internal static MetricBound Invert(MetricBound bound) => bound switch
    {
        MetricBound.AtLeast => MetricBound.AtMost,
        MetricBound.AtMost => MetricBound.AtLeast,
        _ => MetricBound.Exact,
    };

    private static MetricValue Ratio(MetricValue? numerator, MetricValue? denominator, string numeratorName, string denominatorName, string unit)
    {
        if (numerator?.Value is not { } n)
        {
            return MetricValue.NotComputable(unit, Missing(numeratorName, numerator));
        }

        if (denominator?.Value is not { } d)
        {
            return MetricValue.NotComputable(unit, Missing(denominatorName, denominator));
        }

        if (!(d > 0))
        {
            return MetricValue.NotComputable(unit, denominatorName + " is " + denominator.Format(2) + ": a ratio needs a value above 0");
        }

        if (n < 0)
        {
            return MetricValue.NotComputable(unit, numeratorName + " is negative (" + numerator.Format(2) + ")");
        }

        return Combine(numerator.Bound, Invert(denominator.Bound)) is { } bound
            ? new MetricValue(n / d, bound, unit, null)
            : MetricValue.NotComputable(unit, numeratorName + " " + numerator.Format(2) + " and " + denominatorName + " " + denominator.Format(2)
                + " are bounds in opposite directions: the ratio is not bounded");
    }

    private static string Missing(string name, MetricValue? value) =>
        value?.Reason is { } reason ? name + " not computable (" + reason + ")" : name + " missing";
}
