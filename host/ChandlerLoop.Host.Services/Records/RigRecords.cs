using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Records;

/// <summary>
/// Finds or creates the <see cref="Rig"/> row of a wire rig id. Two services (or two hosts) may create
/// the same rig at once; the unique index on <see cref="Rig.RigKey"/> refuses the second insert and the
/// loser reads the winner's row.
/// </summary>
internal static class RigRecords
{
    /// <summary>The rig row for <paramref name="rigKey"/>, created (named after the key) when missing and saved.</summary>
    public static async Task<Rig> GetOrCreateAsync(ChandlerDbContextFactory databases, string rigKey, CancellationToken ct)
    {
        await using (var db = databases.CreateDbContext())
        {
            var existing = await db.Rigs.FirstOrDefaultAsync(r => r.RigKey == rigKey, ct).ConfigureAwait(false);
            if (existing is not null)
            {
                return existing;
            }

            var rig = new Rig { RigKey = rigKey, Name = rigKey };
            db.Rigs.Add(rig);
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                return rig;
            }
            catch (DbUpdateException)
            {
                // Someone else created it between the read and the insert: fall through and read theirs.
            }
        }

        await using var retry = databases.CreateDbContext();
        return await retry.Rigs.FirstAsync(r => r.RigKey == rigKey, ct).ConfigureAwait(false);
    }
}
