using System.Globalization;
using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>
/// A measured or derived value with its bound (exact, ≥ or ≤) and unit, or the reason it could not be
/// computed (missing value, zero denominator, bounds that point in opposite directions). Never thrown
/// for: a metric that cannot be computed says why in <see cref="Reason"/>.
/// </summary>
/// <param name="Value">The value (or the bound), in <paramref name="Unit"/>; null when not computable.</param>
/// <param name="Bound">Whether <paramref name="Value"/> is exact or a lower/upper bound.</param>
/// <param name="Unit">Unit of the value (e.g. "%", "ug/L", "fold").</param>
/// <param name="Reason">Why the value could not be computed; null when it was.</param>
public sealed record MetricValue(double? Value, MetricBound Bound, string Unit, string? Reason)
{
    /// <summary>True when a value (exact or bound) exists.</summary>
    public bool IsComputed => Value is not null;

    /// <summary>"≥", "≤" or "" for an exact value.</summary>
    public string Qualifier => Bound switch
    {
        MetricBound.AtLeast => "≥",
        MetricBound.AtMost => "≤",
        _ => "",
    };

    /// <summary>An exact value.</summary>
    public static MetricValue Exact(double value, string unit) => new(value, MetricBound.Exact, unit, null);

    /// <summary>A value that could not be computed, with the reason.</summary>
    public static MetricValue NotComputable(string unit, string reason) => new(null, MetricBound.Exact, unit, reason);

    /// <summary>
    /// The value of a stored result with its quantification flags. The stored value is already multiplied
    /// by the dilution factor, the LLOQ and ULOQ are the assay's own (undiluted) limits: below the LLOQ the
    /// sample held at most LLOQ × dilution ("≤"), above the ULOQ at least ULOQ × dilution or the stored
    /// value, whichever is higher ("≥"); without a stored limit the stored value is the bound.
    /// </summary>
    public static MetricValue FromResult(MarkerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsBelowLloq)
        {
            var upper = result.LloqValue is double lloq ? lloq * result.DilutionFactor : result.Value;
            return new MetricValue(upper, MetricBound.AtMost, result.Unit, null);
        }

        if (result.IsAboveUloq)
        {
            var lower = result.UloqValue is double uloq ? Math.Max(uloq * result.DilutionFactor, result.Value) : result.Value;
            return new MetricValue(lower, MetricBound.AtLeast, result.Unit, null);
        }

        return double.IsFinite(result.Value)
            ? Exact(result.Value, result.Unit)
            : NotComputable(result.Unit, result.Analyte + " value is not a finite number");
    }

    /// <summary>The value as a lab report shows it, e.g. "≥ 87.5 %", or "not computable: reason".</summary>
    public string Format(int decimals = 1)
    {
        if (Value is not { } value)
        {
            return "not computable: " + Reason;
        }

        var number = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var qualifier = Qualifier.Length > 0 ? Qualifier + " " : "";
        return Unit.Length > 0 ? qualifier + number + " " + Unit : qualifier + number;
    }

    /// <inheritdoc/>
    public override string ToString() => Format();
}
