namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>How observations are split into chart series.</summary>
public enum ObservationGrouping
{
    /// <summary>One series per cell product (vehicle-only loops as "vehicle only").</summary>
    ByProduct,

    /// <summary>One series per blood donor.</summary>
    ByDonor,
}
