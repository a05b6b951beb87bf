namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>Which runs and loops the comparison and product views read.</summary>
public sealed class ObservationFilter
{
    /// <summary>Only loops of this cell product (exact, case-insensitive); null for all.</summary>
    public string? CellProduct { get; set; }

    /// <summary>Only loops of this cell lot; null for all.</summary>
    public string? CellLot { get; set; }

    /// <summary>Only loops with blood of this donor (pseudonymous code); null for all.</summary>
    public string? DonorId { get; set; }

    /// <summary>Only approved (locked) runs.</summary>
    public bool ApprovedOnly { get; set; }

    /// <summary>Include simulated runs (off by default: simulated data is not evidence).</summary>
    public bool IncludeSimulated { get; set; }

    /// <summary>True when the observation's product, lot and donor pass the filter (the run-level parts are applied by the query).</summary>
    public bool Matches(LoopObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return Same(CellProduct, observation.CellProduct) && Same(CellLot, observation.CellLot) && Same(DonorId, observation.DonorId);
    }

    private static bool Same(string? wanted, string? actual) =>
        string.IsNullOrWhiteSpace(wanted) || string.Equals(wanted.Trim(), actual, StringComparison.OrdinalIgnoreCase);
}
