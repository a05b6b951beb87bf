namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>
/// Whether a derived value is exact or only a bound: a result below the assay's LLOQ is known only to be
/// at most the LLOQ, one above the ULOQ at least the ULOQ, and the bound carries through the arithmetic
/// (DOMAIN §3 "ULOQ handling").
/// </summary>
public enum MetricBound
{
    /// <summary>The value is exact (within the assay's quantifiable range).</summary>
    Exact,

    /// <summary>The true value is at least the stated value ("≥").</summary>
    AtLeast,

    /// <summary>The true value is at most the stated value ("≤").</summary>
    AtMost,
}
