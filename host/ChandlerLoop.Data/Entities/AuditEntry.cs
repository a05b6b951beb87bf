namespace ChandlerLoop.Data.Entities;

/// <summary>
/// One append-only audit record: who changed which field of which entity, when, from what to what
/// and why. Entries form a hash chain: <see cref="Hash"/> = SHA-256 over the canonical content and
/// <see cref="PreviousHash"/> (docs/data-model.md, "Audit chain"). <see cref="PreviousHash"/> is
/// unique, so the chain cannot fork.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Surrogate key, increasing in append order.</summary>
    public long Id { get; set; }

    /// <summary>When the change was saved, UTC, whole microseconds.</summary>
    public DateTime TimestampUtc { get; set; }

    /// <summary>Login name of the user who made the change.</summary>
    public string UserName { get; set; } = "";

    /// <summary>Entity type name (e.g. "MarkerResult").</summary>
    public string EntityType { get; set; } = "";

    /// <summary>Entity key, as text.</summary>
    public string EntityId { get; set; } = "";

    /// <summary>"create", "change" or "delete".</summary>
    public string Action { get; set; } = "";

    /// <summary>Property name.</summary>
    public string Field { get; set; } = "";

    /// <summary>Value before, canonical text; null for create or when it was null.</summary>
    public string? OldValue { get; set; }

    /// <summary>Value after, canonical text; null for delete or when it becomes null.</summary>
    public string? NewValue { get; set; }

    /// <summary>Why (required for change and delete).</summary>
    public string? Reason { get; set; }

    /// <summary>Hash of the previous entry (64 zeros for the first), lower-case hex.</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>SHA-256 of this entry, lower-case hex.</summary>
    public string Hash { get; set; } = "";
}
