using System.Globalization;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// Canonical text of a field value in an audit entry: invariant culture, doubles round-trip ("R"),
/// times as ISO 8601 UTC with 7 fraction digits, enums by name, booleans "true"/"false", null stays null.
/// </summary>
public static class AuditValueFormatter
{
    /// <summary>Formats a value; null for null.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => FormatTime(t),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>ISO 8601 with 'Z'; the kind is ignored (all stored times are UTC).</summary>
    public static string FormatTime(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
