using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// Walks the audit chain in append order and reports the first entry whose stored hash differs from
/// the hash of its content (edited behind the application's back) or whose PreviousHash is not the
/// hash of the entry before it (an entry was deleted, inserted or reordered). Removing entries from
/// the end of the chain cannot be seen from inside it: compare <see cref="AuditVerificationResult.HeadHash"/>
/// with a copy kept elsewhere (e.g. in each signed run export).
/// </summary>
public static class AuditVerifier
{
    /// <summary>Verifies the whole chain, streaming it.</summary>
    public static async Task<AuditVerificationResult> VerifyAsync(ChandlerDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expectedPrevious = AuditHasher.GenesisHash;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable()
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return new AuditVerificationResult(false, count, entry.Id,
                    "Audit entry " + entry.Id + " does not follow the entry before it (its previous hash is "
                    + entry.PreviousHash + ", expected " + expectedPrevious + "): an entry was deleted, inserted or changed before it.",
                    expectedPrevious);
            }

            var actual = AuditHasher.ComputeHash(entry);
            if (!string.Equals(actual, entry.Hash, StringComparison.Ordinal))
            {
                return new AuditVerificationResult(false, count, entry.Id,
                    "Audit entry " + entry.Id + " (" + entry.EntityType + " " + entry.EntityId + ", " + entry.Field
                    + ") was altered: its content hashes to " + actual + " but it stores " + entry.Hash + ".",
                    expectedPrevious);
            }

            expectedPrevious = entry.Hash;
        }

        return new AuditVerificationResult(true, count, null, null, expectedPrevious);
    }
}
