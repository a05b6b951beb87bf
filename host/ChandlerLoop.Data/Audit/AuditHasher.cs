using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// The hash of an audit entry: SHA-256 over UTF-8 of the canonical content, lower-case hex. Canonical
/// content = the fields TimestampUtc, UserName, EntityType, EntityId, Action, Field, OldValue, NewValue,
/// Reason, PreviousHash in this order, each written as "&lt;length&gt;:&lt;text&gt;" (length in UTF-16 code
/// units) or "~" for null, joined by "|"; the time as <see cref="AuditValueFormatter.FormatTime"/>.
/// Length prefixes make the encoding unambiguous whatever the values contain.
/// </summary>
public static class AuditHasher
{
    /// <summary>PreviousHash of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Computes the hash the entry should have.</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(256);
        Append(text, AuditValueFormatter.FormatTime(entry.TimestampUtc));
        Append(text, entry.UserName);
        Append(text, entry.EntityType);
        Append(text, entry.EntityId);
        Append(text, entry.Action);
        Append(text, entry.Field);
        Append(text, entry.OldValue);
        Append(text, entry.NewValue);
        Append(text, entry.Reason);
        Append(text, entry.PreviousHash);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Truncates a time to whole microseconds, the finest both SQLite and PostgreSQL keep.</summary>
    public static DateTime ToStoredPrecision(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    private static void Append(StringBuilder text, string? value)
    {
        if (text.Length > 0)
        {
            text.Append('|');
        }

        if (value is null)
        {
            text.Append('~');
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
