namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// Hard sanity limits (refused) and plausible ranges (warned) per analyte, in canonical units
/// (DOMAIN §3). Hard limits are DOMAIN's; plausible ranges are [I] order-of-magnitude guides chosen
/// from DOMAIN §3's reference and "post-exposure" columns, to catch unit and dilution mistakes.
/// </summary>
/// <param name="Analyte">Analyte code (<see cref="MarkerUnits"/>).</param>
/// <param name="HardMinimum">Lowest storable value.</param>
/// <param name="HardMaximum">Highest storable value.</param>
/// <param name="PlausibleMinimum">Below this a warning is given.</param>
/// <param name="PlausibleMaximum">Above this a warning is given.</param>
public sealed record AnalyteLimits(string Analyte, double HardMinimum, double HardMaximum, double PlausibleMinimum, double PlausibleMaximum)
{
    private static readonly Dictionary<string, AnalyteLimits> ByAnalyte = new[]
    {
        // Reference 150–400; a strong TF trigger takes a loop below 20; above 600 suggests a unit slip (/µL vs 10^3/µL).
        new AnalyteLimits(MarkerUnits.Platelets, 0, 1_500, 5, 600),
        // Reference ≈ 4–10; may fall with IBMIR.
        new AnalyteLimits(MarkerUnits.WhiteBloodCells, 0, 100, 0.5, 30),
        // Baseline 1–5 µg/L; activated loops tens to >1,000; beyond 10,000 check the dilution factor.
        new AnalyteLimits(MarkerUnits.ThrombinAntithrombin, 0, 100_000, 0, 10_000),
        // Fresh plasma ≈ 56 ng/mL; loops 100s to >1,000.
        new AnalyteLimits(MarkerUnits.C3a, 0, 50_000, 0, 10_000),
        // ≤ 250–600 ng/mL in plasma; rises with complement activation.
        new AnalyteLimits(MarkerUnits.SC5b9, 0, 100_000, 0, 20_000),
        // < 500 ng/mL FEU; little change in a 30-min loop.
        new AnalyteLimits(MarkerUnits.DDimer, 0, 100_000, 0, 5_000),
        // 10–65 ng/mL; rises sharply with platelet release.
        new AnalyteLimits(MarkerUnits.BetaThromboglobulin, 0, 100_000, 0, 20_000),
    }.ToDictionary(l => l.Analyte, StringComparer.Ordinal);

    /// <summary>The limits of an analyte code; throws <see cref="ArgumentException"/> for an unknown code.</summary>
    public static AnalyteLimits For(string analyte) =>
        ByAnalyte.TryGetValue(analyte, out var limits) ? limits
            : throw new ArgumentException($"Unknown analyte '{analyte}': use one of {string.Join(", ", MarkerUnits.Analytes)}.", nameof(analyte));
}
