using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChandlerLoop.Data.Audit;

/// <summary>One tracked entity whose save must be audited, with the field values captured before saving.</summary>
internal sealed class PendingAuditChange
{
    public PendingAuditChange(EntityEntry entry, string action)
    {
        Entry = entry;
        Action = action;
        EntityType = entry.Metadata.ClrType.Name;
    }

    public EntityEntry Entry { get; }

    /// <summary>"create", "change" or "delete".</summary>
    public string Action { get; }

    public string EntityType { get; }

    /// <summary>Key before saving (change, delete); a created entity's key is read after saving.</summary>
    public string? OriginalEntityId { get; set; }

    /// <summary>Changed or deleted fields captured before saving (create reads them after saving).</summary>
    public List<(string Field, string? OldValue, string? NewValue)> Fields { get; } = new();
}
