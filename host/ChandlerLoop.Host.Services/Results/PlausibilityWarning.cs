namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// A stored value that is allowed but unusual (outside DOMAIN §3's plausible range, below LLOQ / above
/// ULOQ, a second result for the same sample and analyte). <paramref name="Code"/> is stable
/// ("implausible_high", "implausible_low", "below_lloq", "above_uloq", "duplicate").
/// </summary>
public sealed record PlausibilityWarning(string Code, string Analyte, double Value, string Unit, string Message);
