using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Audit;

/// <summary>What the audit trail page shows: each set field narrows the list; text matches field, values and reason.</summary>
internal sealed class AuditFilter
{
    /// <summary>Earliest entry, UTC date (inclusive).</summary>
    public DateTime? FromUtc { get; set; }

    /// <summary>Latest entry, UTC date (inclusive, whole day).</summary>
    public DateTime? ToUtc { get; set; }

    /// <summary>User name, exact.</summary>
    public string? UserName { get; set; }

    /// <summary>Entity type, exact (Loop, Sample, MarkerResult, ClotScore, Deviation, Run, User).</summary>
    public string? EntityType { get; set; }

    /// <summary>Entity id, exact.</summary>
    public string? EntityId { get; set; }

    /// <summary>Action, exact (create, change, delete: <see cref="ChandlerLoop.Data.Audit.AuditAction"/>).</summary>
    public string? Action { get; set; }

    /// <summary>Free text in field, old value, new value or reason.</summary>
    public string? Text { get; set; }

    /// <summary>The entries matching the filter.</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (FromUtc is { } from)
        {
            entries = entries.Where(e => e.TimestampUtc >= from.Date);
        }

        if (ToUtc is { } to)
        {
            var end = to.Date.AddDays(1);
            entries = entries.Where(e => e.TimestampUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var user = UserName.Trim();
            entries = entries.Where(e => e.UserName == user);
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            entries = entries.Where(e => e.EntityType == EntityType);
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            var id = EntityId.Trim();
            entries = entries.Where(e => e.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            entries = entries.Where(e => e.Action == Action);
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            entries = entries.Where(e => e.Field.Contains(text) || (e.OldValue != null && e.OldValue.Contains(text))
                || (e.NewValue != null && e.NewValue.Contains(text)) || (e.Reason != null && e.Reason.Contains(text)));
        }

        return entries;
    }
}
