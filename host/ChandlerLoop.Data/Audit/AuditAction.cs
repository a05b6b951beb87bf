namespace ChandlerLoop.Data.Audit;

/// <summary>The action names written to <see cref="Entities.AuditEntry.Action"/>.</summary>
public static class AuditAction
{
    /// <summary>The entity was created; one entry per non-null field.</summary>
    public const string Create = "create";

    /// <summary>A field changed.</summary>
    public const string Change = "change";

    /// <summary>The entity was deleted; one entry per non-null field.</summary>
    public const string Delete = "delete";
}
