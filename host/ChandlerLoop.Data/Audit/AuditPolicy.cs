using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// Which entities and fields the audit trail covers: every field of the result entities
/// (<see cref="Loop"/>, <see cref="Sample"/>, <see cref="MarkerResult"/>, <see cref="ClotScore"/>,
/// <see cref="Deviation"/>); of a <see cref="Run"/> its notes and its set-up (rig, protocol, protocol
/// snapshot, tubing); changes to a <see cref="Donor"/> (a draft's set-up edited); and the accounts
/// (<see cref="User"/>: creation, role, enabling/disabling, password changes and lock-outs;
/// 21 CFR 11.10(d)(e)(g)). The password hash is never written to the trail: its entries say only that
/// a password was set (<see cref="SecretSetText"/>). The count of failed sign-ins is a counter, not a
/// decision, and is not recorded; the lock-out it causes is. Creating needs no reason; a change or a
/// delete does. Creating a run records only its notes; creating a donor records nothing (the loops
/// that use it do).
/// </summary>
public static class AuditPolicy
{
    /// <summary>What the trail shows instead of a password hash that is (or was) set.</summary>
    public const string SecretSetText = "(set)";

    /// <summary>What the trail shows as the new value of a password hash that changed.</summary>
    public const string SecretChangedText = "(changed)";

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
        || entityType == typeof(Donor) || entityType == typeof(User);

    /// <summary>True when a change or delete of this field of an audited entity type is recorded.</summary>
    public static bool IsAuditedField(Type entityType, string propertyName)
    {
        if (entityType == typeof(Run))
        {
            return RunSetupFields.Contains(propertyName);
        }

        return entityType != typeof(User) || propertyName != nameof(User.FailedSignInCount);
    }

    /// <summary>True when this field is recorded when an entity of the type is created (when it has a value).</summary>
    public static bool IsAuditedOnCreate(Type entityType, string propertyName) =>
        entityType == typeof(Run) ? RunCreateFields.Contains(propertyName)
        : entityType != typeof(Donor) && IsAuditedField(entityType, propertyName);

    /// <summary>True when the field's value is secret: compared, but recorded only as set or changed.</summary>
    public static bool IsSecretField(Type entityType, string propertyName) =>
        entityType == typeof(User) && propertyName == nameof(User.PasswordHash);
}
