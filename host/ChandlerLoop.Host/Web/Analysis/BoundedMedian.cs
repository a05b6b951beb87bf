using System.Globalization;
using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>
/// The median of values some of which are only bounds (below the LLOQ: "≤ x"; above the ULOQ: "≥ x").
/// Each value is an interval (exact: [x, x]; ≤ x: [−∞, x]; ≥ x: [x, +∞]); the median is monotone, so the
/// true median lies between the median of the lower ends (<see cref="Low"/>) and of the upper ends
/// (<see cref="High"/>). A bound is never turned into a number: with bounds in the middle the median is
/// itself a bound ("≤ 2.0"), a range ("1.0–2.0") or undetermined.
/// </summary>
/// <param name="Low">Lower end of the median; −∞ when unbounded below.</param>
/// <param name="High">Upper end of the median; +∞ when unbounded above.</param>
/// <param name="Count">Number of computed values used (not-computable values are left out).</param>
/// <param name="Unit">Unit of the values.</param>
public sealed record BoundedMedian(double Low, double High, int Count, string Unit)
{
    /// <summary>True when the median is one exact number.</summary>
    public bool IsExact => Count > 0 && Low.Equals(High);

    /// <summary>The median of the computed values among <paramref name="values"/>; Count 0 when there is none.</summary>
    public static BoundedMedian Of(IEnumerable<MetricValue> values, string unit)
    {
        ArgumentNullException.ThrowIfNull(values);
        var computed = values.Where(v => v.Value is not null).ToList();
        if (computed.Count == 0)
        {
            return new BoundedMedian(double.NaN, double.NaN, 0, unit);
        }

        var lows = computed.Select(v => v.Bound == MetricBound.AtMost ? double.NegativeInfinity : v.Value!.Value).ToList();
        var highs = computed.Select(v => v.Bound == MetricBound.AtLeast ? double.PositiveInfinity : v.Value!.Value).ToList();
        return new BoundedMedian(Median(lows), Median(highs), computed.Count, unit);
    }

    /// <summary>The plain median of numbers (mean of the two middle ones for an even count); NaN when empty.</summary>
    public static double Median(IReadOnlyList<double> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (numbers.Count == 0)
        {
            return double.NaN;
        }

        var sorted = numbers.OrderBy(x => x).ToList();
        var middle = sorted.Count / 2;
        if (sorted.Count % 2 == 1)
        {
            return sorted[middle];
        }

        // An infinite end stays infinite: (−∞ + x) / 2 = −∞, (x + ∞) / 2 = ∞.
        return (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>The median as text: "12.3 fold", "≤ 2.0 fold", "≥ 50.0 %", "1.0–2.0 fold", or a sentence when there is none.</summary>
    public string Format(int decimals = 1)
    {
        string N(double x) => x.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var unit = Unit.Length > 0 ? " " + Unit : "";
        if (Count == 0)
        {
            return "no value";
        }

        if (IsExact)
        {
            return N(Low) + unit;
        }

        if (double.IsNegativeInfinity(Low) && double.IsPositiveInfinity(High))
        {
            return "not determinable (bounds on both sides of the middle)";
        }

        if (double.IsNegativeInfinity(Low))
        {
            return "≤ " + N(High) + unit;
        }

        return double.IsPositiveInfinity(High) ? "≥ " + N(Low) + unit : N(Low) + "–" + N(High) + unit;
    }
}
