namespace ChandlerLoop.Data;

/// <summary>Why a save was refused (see <see cref="DataIntegrityException"/>).</summary>
public enum DataIntegrityRefusal
{
    /// <summary>An audited change or delete was saved without a reason.</summary>
    ReasonRequired,
    /// <summary>An audited change was saved without <see cref="ChandlerDbContext.ActingUserName"/>.</summary>
    ActingUserRequired,
    /// <summary>The run is approved (locked); neither it nor its results may change.</summary>
    RunLocked,
    /// <summary>Audit entries may only be appended, never changed or deleted.</summary>
    AuditTrailIsAppendOnly,
}
