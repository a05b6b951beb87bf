using System.Globalization;

namespace ChandlerLoop.Host.Cli;

/// <summary>Invariant, unit-carrying text for tables and exports (UTC timestamps in ISO 8601).</summary>
internal static class CliFormat
{
    /// <summary>"2026-11-22 08:15:00Z" or "—".</summary>
    public static string Time(DateTime? utc) =>
        utc is null ? "—" : DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 round-trip UTC ("o") or empty.</summary>
    public static string IsoTime(DateTime? utc) =>
        utc is null ? "" : DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture);

    /// <summary>A number with up to <paramref name="decimals"/> decimals, or "—".</summary>
    public static string Number(double? value, int decimals = 2) =>
        value is null ? "—" : value.Value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>Invariant text of a number for machine-readable files (round-trip), or empty.</summary>
    public static string Raw(double? value) => value is null ? "" : value.Value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Lower-case kebab name of an enum value: LabManager → lab-manager, NegativeControl → negative-control.</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
