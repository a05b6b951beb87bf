using System.Globalization;
using System.Text.RegularExpressions;
using ChandlerLoop.Protocol.Telemetry;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>Reads the records a rig no longer holds from a back-fill's <c>command_result</c> detail ("records 1..99 no longer held").</summary>
internal static partial class BackfillDetail
{
    /// <summary>The range named in <paramref name="detail"/>, or null when it reports none.</summary>
    public static SequenceRange? LostRecords(string? detail)
    {
        if (detail is null)
        {
            return null;
        }

        var match = LostPattern().Match(detail);
        if (!match.Success
            || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !long.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            || first < 1 || last < first)
        {
            return null;
        }

        return new SequenceRange(first, last);
    }

    [GeneratedRegex(@"records (\d{1,10})\.\.(\d{1,10}) no longer held", RegexOptions.CultureInvariant)]
    private static partial Regex LostPattern();
}
