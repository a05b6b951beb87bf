using System.Globalization;
using ChandlerLoop.Protocol.Json;

namespace ChandlerLoop.Protocol.Validation;

/// <summary>
/// How one numeric field is checked and written: its range (inclusive) and the decimals the canonical
/// writer rounds to. Fields the protocol gives no range (readings such as <c>temp_c</c>) use infinite
/// bounds; they are still limited to what the writer can write exactly,
/// |value| &lt; 2⁵³ / 10^<see cref="Decimals"/>, so every message a reader accepts can be written again.
/// </summary>
/// <param name="Field">Wire name, e.g. <c>set_c</c>.</param>
/// <param name="Minimum">Smallest allowed value, in <paramref name="Unit"/>.</param>
/// <param name="Maximum">Largest allowed value, in <paramref name="Unit"/>.</param>
/// <param name="Decimals">Decimals written (the value is rounded half away from zero to these).</param>
/// <param name="Unit">Unit text for messages, e.g. <c>°C</c>; empty for dimensionless values.</param>
public sealed record NumberRule(string Field, double Minimum, double Maximum, int Decimals, string Unit)
{
    /// <summary>A field with no documented range.</summary>
    public static NumberRule Unbounded(string field, int decimals, string unit) =>
        new(field, double.NegativeInfinity, double.PositiveInfinity, decimals, unit);

    /// <summary>A field that must be ≥ 0 with no documented upper bound.</summary>
    public static NumberRule NonNegative(string field, int decimals, string unit) =>
        new(field, 0, double.PositiveInfinity, decimals, unit);

    /// <summary>Null when <paramref name="value"/> is allowed; otherwise a sentence saying why not.</summary>
    public string? Check(double value)
    {
        if (!double.IsFinite(value) || !CanonicalNumber.IsWritable(value, Decimals))
        {
            return $"{Field} {Show(value)} cannot be written with {Decimals} decimals";
        }

        if (value < Minimum || value > Maximum)
        {
            if (double.IsPositiveInfinity(Maximum))
            {
                return $"{Field} {Show(value)} is below {Show(Minimum)}{UnitSuffix}";
            }

            return $"{Field} {Show(value)} is outside {Show(Minimum)}..{Show(Maximum)}{UnitSuffix}";
        }

        return null;
    }

    private string UnitSuffix => Unit.Length == 0 ? string.Empty : " " + Unit;

    private string Show(double value) =>
        CanonicalNumber.IsWritable(value, Decimals)
            ? CanonicalNumber.Format(value, Decimals)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
