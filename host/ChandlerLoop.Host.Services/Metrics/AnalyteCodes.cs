namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>Canonical analyte codes (DOMAIN §3) used by the derived metrics.</summary>
public static class AnalyteCodes
{
    /// <summary>Platelet count, 10^9/L.</summary>
    public const string Platelets = "PLT";

    /// <summary>Thrombin–antithrombin complex, µg/L.</summary>
    public const string Tat = "TAT";

    /// <summary>The analytes reported as fold change against the negative-control loop (DOMAIN §3).</summary>
    public static IReadOnlyList<string> FoldChangeAnalytes { get; } = ["TAT", "C3a", "sC5b-9", "D-dimer", "b-TG"];
}
