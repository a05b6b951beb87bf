using System.Globalization;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>Number formatting for user messages: invariant culture, thousands separators, up to 3 decimals.</summary>
public static class RunSetupNumbers
{
    /// <summary>Formats e.g. 2000000 as "2,000,000" and 0.5714 as "0.571".</summary>
    public static string Format(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);
}
