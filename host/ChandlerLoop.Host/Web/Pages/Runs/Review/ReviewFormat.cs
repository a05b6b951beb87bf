using System.Globalization;
using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Runs.Review;

/// <summary>Text of the review and report pages: UTC times, numbers with invariant culture, signature meanings in words.</summary>
internal static class ReviewFormat
{
    /// <summary>"2026-11-22 14:03:05 UTC", or "—".</summary>
    public static string Utc(DateTime? time) =>
        time is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "—";

    /// <summary>A number with up to <paramref name="decimals"/> decimals, or "—".</summary>
    public static string Number(double? value, int decimals = 2) =>
        value is { } v ? v.ToString("0." + new string('#', Math.Max(decimals, 0)), CultureInfo.InvariantCulture) : "—";

    /// <summary>What a signature means, in words (21 CFR 11.50).</summary>
    public static string Meaning(SignatureMeaning meaning) => meaning switch
    {
        SignatureMeaning.PerformedBy => "Performed by (operator: responsibility for the run)",
        SignatureMeaning.ReviewedBy => "Reviewed by (lab manager: record reviewed)",
        SignatureMeaning.ApprovedBy => "Approved by (lab manager: record approved and locked)",
        _ => meaning.ToString(),
    };

    /// <summary>The short form: "performed", "reviewed", "approved".</summary>
    public static string ShortMeaning(SignatureMeaning meaning) => meaning switch
    {
        SignatureMeaning.PerformedBy => "performed",
        SignatureMeaning.ReviewedBy => "reviewed",
        SignatureMeaning.ApprovedBy => "approved",
        _ => meaning.ToString(),
    };
}
