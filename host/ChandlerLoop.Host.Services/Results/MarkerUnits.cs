using System.Globalization;

namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// Analyte codes and their canonical units (DOMAIN §3): PLT and WBC 10^9/L (= 10^3/µL), TAT µg/L
/// (= ng/mL), C3a, sC5b-9 and β-TG ng/mL, D-dimer ng/mL FEU. Converts entered units to the canonical
/// unit. D-dimer units must name their basis: DDU values are converted to FEU by × 2 (FEU ≈ 2 × DDU,
/// DOMAIN §3 [S30]); the original unit (and so the basis) is kept in MarkerResult.RawUnit.
/// Unit text is matched leniently: case, spaces, "u"/"μ" for µ, "x"/"×" prefixes and "10E9" for 10^9.
/// </summary>
public static class MarkerUnits
{
    /// <summary>Platelet count.</summary>
    public const string Platelets = "PLT";

    /// <summary>White blood cell count.</summary>
    public const string WhiteBloodCells = "WBC";

    /// <summary>Thrombin–antithrombin complex.</summary>
    public const string ThrombinAntithrombin = "TAT";

    /// <summary>Complement C3a (C3a-desArg).</summary>
    public const string C3a = "C3a";

    /// <summary>Soluble terminal complement complex.</summary>
    public const string SC5b9 = "sC5b-9";

    /// <summary>D-dimer (stored in FEU).</summary>
    public const string DDimer = "D-dimer";

    /// <summary>β-thromboglobulin.</summary>
    public const string BetaThromboglobulin = "b-TG";

    private const string CountUnit = "10^9/L";
    private const string MassUnit = "ng/mL";

    private static readonly Dictionary<string, string> Canonical = new(StringComparer.Ordinal)
    {
        [Platelets] = CountUnit,
        [WhiteBloodCells] = CountUnit,
        [ThrombinAntithrombin] = "µg/L",
        [C3a] = MassUnit,
        [SC5b9] = MassUnit,
        [DDimer] = "ng/mL FEU",
        [BetaThromboglobulin] = MassUnit,
    };

    // Factor to multiply an entered value by to get the canonical unit. 1 /µL = 10^6/L = 10^-3 × 10^9/L.
    private static readonly (string Unit, double Factor)[] CountUnits =
    {
        ("10^9/L", 1), ("10^3/µL", 1), ("K/µL", 1), ("G/L", 1), ("/nL", 1), ("10^6/mL", 1), ("/µL", 1e-3), ("cells/µL", 1e-3),
    };

    // 1 µg/L = 1 ng/mL; 1 pg/mL = 10^-3 ng/mL; 1 µg/mL = 1 mg/L = 10^3 ng/mL.
    private static readonly (string Unit, double Factor)[] MassUnits =
    {
        ("ng/mL", 1), ("µg/L", 1), ("pg/mL", 1e-3), ("ng/L", 1e-3), ("µg/mL", 1e3), ("mg/L", 1e3),
    };

    private static readonly (string Unit, double Factor)[] DDimerUnits =
    {
        ("ng/mL FEU", 1), ("µg/L FEU", 1), ("µg/mL FEU", 1e3), ("mg/L FEU", 1e3),
        ("ng/mL DDU", 2), ("µg/L DDU", 2), ("µg/mL DDU", 2e3), ("mg/L DDU", 2e3),
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PLT"] = Platelets, ["Platelets"] = Platelets, ["Platelet"] = Platelets,
        ["WBC"] = WhiteBloodCells, ["Leukocytes"] = WhiteBloodCells,
        ["TAT"] = ThrombinAntithrombin,
        ["C3a"] = C3a, ["C3a-desArg"] = C3a,
        ["sC5b-9"] = SC5b9, ["sC5b9"] = SC5b9, ["SC5b-9"] = SC5b9, ["TCC"] = SC5b9,
        ["D-dimer"] = DDimer, ["DDimer"] = DDimer, ["D dimer"] = DDimer,
        ["b-TG"] = BetaThromboglobulin, ["bTG"] = BetaThromboglobulin, ["beta-TG"] = BetaThromboglobulin, ["β-TG"] = BetaThromboglobulin,
    };

    /// <summary>The analyte codes, in DOMAIN §3 order.</summary>
    public static IReadOnlyList<string> Analytes { get; } = Canonical.Keys.ToList();

    /// <summary>Maps an analyte name or alias ("platelets", "TCC", "β-TG") to its code.</summary>
    public static bool TryNormalizeAnalyte(string? text, out string code)
    {
        code = "";
        if (string.IsNullOrWhiteSpace(text) || !Aliases.TryGetValue(text.Trim(), out var found))
        {
            return false;
        }

        code = found;
        return true;
    }

    /// <summary>The canonical unit of an analyte code; throws <see cref="ArgumentException"/> for an unknown code.</summary>
    public static string CanonicalUnit(string analyte) =>
        Canonical.TryGetValue(analyte, out var unit) ? unit
            : throw new ArgumentException($"Unknown analyte '{analyte}': use one of {string.Join(", ", Analytes)}.", nameof(analyte));

    /// <summary>The units accepted for an analyte code (empty for an unknown code).</summary>
    public static IReadOnlyList<string> AcceptedUnits(string analyte) => UnitsOf(analyte).Select(u => u.Unit).ToList();

    /// <summary>
    /// Converts <paramref name="value"/> in <paramref name="unit"/> to the analyte's canonical unit. On failure
    /// returns false with an error naming the analyte, the unit given and the accepted units.
    /// </summary>
    public static bool TryConvertToCanonical(string analyte, double value, string? unit, out double canonicalValue, out string error)
    {
        canonicalValue = double.NaN;
        error = "";
        if (!Canonical.ContainsKey(analyte))
        {
            error = $"Unknown analyte '{analyte}': use one of {string.Join(", ", Analytes)}.";
            return false;
        }

        var key = UnitKey(unit);
        foreach (var (accepted, factor) in UnitsOf(analyte))
        {
            if (UnitKey(accepted) == key)
            {
                canonicalValue = value * factor;
                return true;
            }
        }

        var hint = analyte == DDimer && UnitsOf(MassUnit).Any(u => UnitKey(u.Unit) == key)
            ? " D-dimer units must state the basis (FEU or DDU): e.g. \"ng/mL FEU\"; DDU values are stored as FEU × 2."
            : analyte == SC5b9 && key.Contains("au/", StringComparison.Ordinal)
                ? " Arbitrary units of in-house assays cannot be converted to ng/mL."
                : "";
        error = $"Unit '{unit}' is not accepted for {analyte}: use one of {string.Join(", ", AcceptedUnits(analyte))} (stored as {Canonical[analyte]}).{hint}";
        return false;
    }

    /// <summary>Like <see cref="TryConvertToCanonical"/>, throwing <see cref="ResultValidationException"/> on failure.</summary>
    public static double ConvertToCanonical(string analyte, double value, string? unit) =>
        TryConvertToCanonical(analyte, value, unit, out var converted, out var error) ? converted : throw new ResultValidationException(error);

    /// <summary>The accepted unit text as written in the table that matches <paramref name="unit"/>, or null.</summary>
    public static string? MatchUnit(string analyte, string? unit)
    {
        var key = UnitKey(unit);
        return UnitsOf(analyte).Select(u => u.Unit).FirstOrDefault(u => UnitKey(u) == key);
    }

    private static (string Unit, double Factor)[] UnitsOf(string analyte) => analyte switch
    {
        Platelets or WhiteBloodCells => CountUnits,
        DDimer => DDimerUnits,
        ThrombinAntithrombin or C3a or SC5b9 or BetaThromboglobulin or MassUnit => MassUnits,
        _ => Array.Empty<(string, double)>(),
    };

    private static string UnitKey(string? unit)
    {
        var text = (unit ?? "").Trim().ToLower(CultureInfo.InvariantCulture)
            .Replace(" ", "", StringComparison.Ordinal)
            .Replace('\u03bc', '\u00b5')
            .Replace("×", "", StringComparison.Ordinal)
            .Replace("10e", "10^", StringComparison.Ordinal)
            .Replace("10*", "10^", StringComparison.Ordinal)
            .Replace("ug", "µg", StringComparison.Ordinal)
            .Replace("ul", "µl", StringComparison.Ordinal);
        return text.StartsWith("x10", StringComparison.Ordinal) ? text[1..] : text;
    }
}
