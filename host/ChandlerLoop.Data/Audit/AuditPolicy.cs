using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// Which entities and fields the audit trail covers: every field of the result entities
/// (<see cref="Loop"/>, <see cref="Sample"/>, <see cref="MarkerResult"/>, <see cref="ClotScore"/>,
/// <see cref="Deviation"/>); of a <see cref="Run"/> its notes and its set-up (rig, protocol, protocol
/// snapshot, tubing); changes to a <see cref="Donor"/> (a draft's set-up edited). Creating needs no
/// reason; a change or a delete does. Creating a run records only its notes and set-up values that
/// are given (tubing); creating a donor records nothing (the loops that use it do).
/// </summary>
public static class AuditPolicy
{
    private static readonly HashSet<string> RunSetupFields = new(StringComparer.Ordinal)
    {
        nameof(Run.Notes), nameof(Run.RigId), nameof(Run.ProtocolTemplateId), nameof(Run.ProtocolSnapshotJson),
        nameof(Run.TubingMaterial), nameof(Run.TubingCoating), nameof(Run.TubingInnerDiameterMillimeters), nameof(Run.LoopLengthCentimeters),
    };

    private static readonly HashSet<string> RunCreateFields = new(StringComparer.Ordinal) { nameof(Run.Notes) };

    /// <summary>True when changes to this entity type are audited.</summary>
    public static bool IsAudited(Type entityType) =>
        entityType == typeof(Loop) || entityType == typeof(Sample) || entityType == typeof(MarkerResult)
        || entityType == typeof(ClotScore) || entityType == typeof(Deviation) || entityType == typeof(Run)
        || entityType == typeof(Donor);

    /// <summary>True when a change or delete of this field of an audited entity type is recorded.</summary>
    public static bool IsAuditedField(Type entityType, string propertyName) =>
        entityType != typeof(Run) || RunSetupFields.Contains(propertyName);

    /// <summary>True when this field is recorded when an entity of the type is created (when it has a value).</summary>
    public static bool IsAuditedOnCreate(Type entityType, string propertyName) =>
        entityType == typeof(Run) ? RunCreateFields.Contains(propertyName)
        : entityType != typeof(Donor) && IsAuditedField(entityType, propertyName);
}
