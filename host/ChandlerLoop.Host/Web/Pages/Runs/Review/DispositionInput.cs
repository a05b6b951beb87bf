namespace ChandlerLoop.Host.Web.Pages.Runs.Review;

/// <summary>What a lab manager enters to disposition one deviation (bound to the form of a deviation row).</summary>
public sealed class DispositionInput
{
    /// <summary>The decision, e.g. "accepted: no impact on results".</summary>
    public string Disposition { get; set; } = "";

    /// <summary>Impact assessment; empty keeps the recorded one.</summary>
    public string Impact { get; set; } = "";

    /// <summary>Why (kept in the audit trail).</summary>
    public string Reason { get; set; } = "";
}
