using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// The save path of <see cref="ChandlerDbContext"/>: checks the integrity rules, saves the entities and
/// appends their audit entries in the same transaction, with chain appends serialized (SQLite: the
/// transaction is BEGIN IMMEDIATE, one writer at a time; PostgreSQL: a transaction-scoped advisory
/// lock). The unique index on PreviousHash is the last guard against a fork.
/// </summary>
internal sealed class AuditSaver
{
    /// <summary>Advisory lock key of the audit chain on PostgreSQL ("CHLOOP" in ASCII).</summary>
    private const long ChainLockKey = 0x43484C4F4F50;

    private readonly ChandlerDbContext _db;

    public AuditSaver(ChandlerDbContext db) => _db = db;

    public async Task<int> SaveAsync(string? reason, bool acceptAll, bool async, CancellationToken ct)
    {
        _db.ChangeTracker.DetectChanges();
        var runChecks = new RunLockCheck();
        var pending = Collect(runChecks);
        if (pending.Count == 0 && runChecks.IsEmpty)
        {
            return async ? await _db.BaseSaveChangesAsync(acceptAll, ct).ConfigureAwait(false) : _db.BaseSaveChanges(acceptAll);
        }

        RequireUserAndReason(pending, reason);
        IDbContextTransaction? own = null;
        if (_db.Database.CurrentTransaction is null)
        {
            own = async ? await _db.Database.BeginTransactionAsync(ct).ConfigureAwait(false) : _db.Database.BeginTransaction();
        }

        try
        {
            if (_db.Provider == DatabaseProvider.Postgres && pending.Count > 0)
            {
                var sql = "SELECT pg_advisory_xact_lock(" + ChainLockKey.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
                _ = async ? await _db.Database.ExecuteSqlRawAsync(sql, ct).ConfigureAwait(false) : _db.Database.ExecuteSqlRaw(sql);
            }

            await runChecks.RefuseLockedAsync(_db, async, ct).ConfigureAwait(false);
            var count = async ? await _db.BaseSaveChangesAsync(false, ct).ConfigureAwait(false) : _db.BaseSaveChanges(false);
            if (pending.Count > 0)
            {
                var entries = BuildEntries(pending, reason);
                await AuditAppender.AppendAsync(_db, entries, async, ct).ConfigureAwait(false);
            }

            if (own is not null)
            {
                if (async)
                {
                    await own.CommitAsync(ct).ConfigureAwait(false);
                }
                else
                {
                    own.Commit();
                }
            }

            if (acceptAll)
            {
                _db.ChangeTracker.AcceptAllChanges();
            }

            return count;
        }
        finally
        {
            if (own is not null)
            {
                if (async)
                {
                    await own.DisposeAsync().ConfigureAwait(false);
                }
                else
                {
                    own.Dispose();
                }
            }
        }
    }

    private List<PendingAuditChange> Collect(RunLockCheck runChecks)
    {
        var pending = new List<PendingAuditChange>();
        foreach (var entry in _db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var type = entry.Metadata.ClrType;
            if (type == typeof(AuditEntry))
            {
                throw new DataIntegrityException(DataIntegrityRefusal.AuditTrailIsAppendOnly,
                    "Audit entries are written only by the data layer and never changed or deleted.");
            }

            if (!AuditPolicy.IsAudited(type))
            {
                continue;
            }

            runChecks.Add(entry);
            var change = Describe(entry);
            if (change is not null)
            {
                pending.Add(change);
            }
        }

        return pending;
    }

    private static PendingAuditChange? Describe(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        if (entry.State == EntityState.Added)
        {
            // Fields are read after saving, when generated keys are known.
            var hasFields = entry.Properties.Any(p => AuditPolicy.IsAuditedOnCreate(type, p.Metadata.Name) && p.CurrentValue is not null);
            return hasFields ? new PendingAuditChange(entry, AuditAction.Create) : null;
        }

        var action = entry.State == EntityState.Deleted ? AuditAction.Delete : AuditAction.Change;
        var change = new PendingAuditChange(entry, action) { OriginalEntityId = KeyText(entry, original: true) };
        foreach (var property in entry.Properties)
        {
            if (!AuditPolicy.IsAuditedField(type, property.Metadata.Name))
            {
                continue;
            }

            var oldValue = AuditValueFormatter.Format(property.OriginalValue);
            if (action == AuditAction.Delete)
            {
                if (oldValue is not null)
                {
                    change.Fields.Add((property.Metadata.Name, Recorded(type, property.Metadata.Name, oldValue), null));
                }

                continue;
            }

            var newValue = AuditValueFormatter.Format(property.CurrentValue);
            if (property.IsModified && !string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                if (AuditPolicy.IsSecretField(type, property.Metadata.Name))
                {
                    oldValue = string.IsNullOrEmpty(oldValue) ? null : AuditPolicy.SecretSetText;
                    newValue = string.IsNullOrEmpty(newValue) ? null : AuditPolicy.SecretChangedText;
                }

                change.Fields.Add((property.Metadata.Name, oldValue, newValue));
            }
        }

        return change.Fields.Count > 0 ? change : null;
    }

    private void RequireUserAndReason(List<PendingAuditChange> pending, string? reason)
    {
        if (pending.Count == 0)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_db.ActingUserName))
        {
            throw new DataIntegrityException(DataIntegrityRefusal.ActingUserRequired,
                "Audited records (" + pending[0].EntityType + ") can only be saved with ActingUserName set to the user making the change.");
        }

        var needsReason = pending.FirstOrDefault(p => p.Action != AuditAction.Create);
        if (needsReason is not null && string.IsNullOrWhiteSpace(reason))
        {
            throw new DataIntegrityException(DataIntegrityRefusal.ReasonRequired,
                "A reason is required to " + needsReason.Action + " " + needsReason.EntityType + " " + needsReason.OriginalEntityId
                + ": save with SaveChanges(reason). Nothing was saved.");
        }
    }

    private List<AuditEntry> BuildEntries(List<PendingAuditChange> pending, string? reason)
    {
        var now = AuditHasher.ToStoredPrecision(_db.Clock.GetUtcNow().UtcDateTime);
        var entries = new List<AuditEntry>();
        var trimmedReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        foreach (var change in pending)
        {
            var type = change.Entry.Metadata.ClrType;
            var entityId = change.OriginalEntityId ?? KeyText(change.Entry, original: false);
            IEnumerable<(string Field, string? OldValue, string? NewValue)> fields = change.Action == AuditAction.Create
                ? change.Entry.Properties
                    .Where(p => AuditPolicy.IsAuditedOnCreate(type, p.Metadata.Name) && p.CurrentValue is not null)
                    .Select(p => (p.Metadata.Name, (string?)null, Recorded(type, p.Metadata.Name, AuditValueFormatter.Format(p.CurrentValue))))
                : change.Fields;
            foreach (var (field, oldValue, newValue) in fields)
            {
                entries.Add(new AuditEntry
                {
                    TimestampUtc = now,
                    UserName = _db.ActingUserName!,
                    EntityType = change.EntityType,
                    EntityId = entityId,
                    Action = change.Action,
                    Field = field,
                    OldValue = oldValue,
                    NewValue = newValue,
                    Reason = trimmedReason,
                });
            }
        }

        return entries;
    }

    /// <summary>The value as the trail records it: a secret (password hash) only as "(set)".</summary>
    private static string? Recorded(Type type, string propertyName, string? value) =>
        !AuditPolicy.IsSecretField(type, propertyName) ? value : string.IsNullOrEmpty(value) ? null : AuditPolicy.SecretSetText;

    private static string KeyText(EntityEntry entry, bool original)
    {
        var key = entry.Metadata.FindPrimaryKey()!;
        var parts = key.Properties.Select(p =>
        {
            var property = entry.Property(p.Name);
            return AuditValueFormatter.Format(original ? property.OriginalValue : property.CurrentValue) ?? "";
        });
        return string.Join(",", parts);
    }
}
