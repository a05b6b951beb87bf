namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// A stored clot score. <see cref="PhotoPath"/> is relative to the service's photo folder
/// ("&lt;run key&gt;/loop-&lt;position&gt;-&lt;sha prefix&gt;.&lt;ext&gt;"); <see cref="PhotoSha256"/> is lower-case hex.
/// </summary>
public sealed record ClotScoreEntry(long ClotScoreId, int Score, double? WetWeightMilligrams, string? PhotoPath, string? PhotoSha256, bool Created);
