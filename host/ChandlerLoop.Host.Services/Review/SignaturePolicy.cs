namespace ChandlerLoop.Host.Services.Review;

/// <summary>
/// The lab's rules for signing runs beyond the roles.
/// </summary>
/// <param name="ApproverMustDifferFromReviewer">
/// True (the default): a run is approved only by a lab manager other than the one(s) who reviewed it
/// (the "four-eyes" rule; GLP and GMP data review expect a second person). A lab with a single lab
/// manager may turn it off; the review page then says that one person may do both.
/// </param>
public sealed record SignaturePolicy(bool ApproverMustDifferFromReviewer = true)
{
    /// <summary>The default: four eyes.</summary>
    public static SignaturePolicy Default { get; } = new();
}
