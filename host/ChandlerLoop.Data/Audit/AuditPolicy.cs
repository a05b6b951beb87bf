using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// Which entities and fields the audit trail covers: every field of the result entities
/// (<see cref="Loop"/>, <see cref="Sample"/>, <see cref="MarkerResult"/>, <see cref="ClotScore"/>,
/// <see cref="Deviation"/>) and the notes of a <see cref="Run"/>. Creating needs no reason; a change
/// or a delete does.
/// </summary>
public static class AuditPolicy
{
    /// <summary>True when changes to this entity type are audited.</summary>
    public static bool IsAudited(Type entityType) =>
        entityType == typeof(Loop) || entityType == typeof(Sample) || entityType == typeof(MarkerResult)
        || entityType == typeof(ClotScore) || entityType == typeof(Deviation) || entityType == typeof(Run);

    /// <summary>True when this field of an audited entity type is recorded.</summary>
    public static bool IsAuditedField(Type entityType, string propertyName) =>
        entityType != typeof(Run) || propertyName == nameof(Run.Notes);
}
