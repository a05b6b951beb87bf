namespace ChandlerLoop.Data.Entities;

/// <summary>Macroscopic clot score of a loop after draining (DOMAIN §3: ordinal 0–4). Audited.</summary>
public sealed class ClotScore
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The loop scored.</summary>
    public long LoopId { get; set; }

    /// <summary>Navigation to the loop.</summary>
    public Loop? Loop { get; set; }

    /// <summary>Score 0 (no clot) .. 4 (occlusive).</summary>
    public int Score { get; set; }

    /// <summary>The user who scored.</summary>
    public long ScorerUserId { get; set; }

    /// <summary>Navigation to the scorer.</summary>
    public User? Scorer { get; set; }

    /// <summary>When scored, UTC.</summary>
    public DateTime ScoredAtUtc { get; set; }

    /// <summary>Drained clot wet weight, mg (0–5,000); optional.</summary>
    public double? WetWeightMilligrams { get; set; }

    /// <summary>Path of the photo in the app's data folder; optional.</summary>
    public string? PhotoPath { get; set; }

    /// <summary>SHA-256 of the photo file, lower-case hex; optional.</summary>
    public string? PhotoSha256 { get; set; }
}
