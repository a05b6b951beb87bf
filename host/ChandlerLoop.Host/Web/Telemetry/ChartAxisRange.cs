using System.Globalization;

namespace ChandlerLoop.Host.Web.Telemetry;

/// <summary>
/// A value axis fitted to the data: bounds on whole multiples of a "nice" step (1, 2, 2.5 or 5 × 10ⁿ)
/// with about <see cref="TargetTicks"/> ticks, so a temperature held at 37 ± 0.1 °C is drawn on a
/// 36.9–37.1 °C scale instead of from 0 °C. A span below the minimum is widened around its middle
/// so sensor noise is not blown up to fill the chart.
/// </summary>
/// <param name="Min">Lower bound of the axis.</param>
/// <param name="Max">Upper bound of the axis.</param>
/// <param name="Step">Distance between ticks.</param>
public sealed record ChartAxisRange(double Min, double Max, double Step)
{
    /// <summary>About this many ticks between the bounds.</summary>
    public const int TargetTicks = 6;

    private static readonly double[] Mantissas = [1, 2, 2.5, 5, 10];

    /// <summary>The axis for <paramref name="values"/> (non-finite ones ignored); null when there is none.</summary>
    public static ChartAxisRange? For(IEnumerable<double> values, double minimumSpan)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumSpan);
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                low = Math.Min(low, value);
                high = Math.Max(high, value);
            }
        }

        if (low > high)
        {
            return null;
        }

        if (high - low < minimumSpan)
        {
            var middle = (high + low) / 2;
            (low, high) = (middle - (minimumSpan / 2), middle + (minimumSpan / 2));
        }

        var step = NiceStep((high - low) / TargetTicks);
        var min = Math.Floor((low / step) + 1e-9) * step;
        var max = Math.Ceiling((high / step) - 1e-9) * step;
        return new ChartAxisRange(Math.Round(min, 9), Math.Round(max, 9), step);
    }

    /// <summary>Tick label format with as many decimals as the step needs ("0", "0.0", "0.00", ...).</summary>
    public string Format(double value)
    {
        var decimals = 0;
        for (var s = Step; decimals < 6 && Math.Abs(s - Math.Round(s)) > 1e-9; s *= 10)
        {
            decimals++;
        }

        return value.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
    }

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var mantissa in Mantissas)
        {
            if (mantissa * magnitude >= rough - 1e-12)
            {
                return mantissa * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
