using System.Globalization;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>Reads and writes the value of an &lt;input type="number"&gt; (the browser always uses invariant notation).</summary>
public static class NumberInput
{
    /// <summary>The number typed, or null when the box is empty or not a number.</summary>
    public static double? Parse(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>The text for the box ("" when null), round-trippable.</summary>
    public static string Format(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
