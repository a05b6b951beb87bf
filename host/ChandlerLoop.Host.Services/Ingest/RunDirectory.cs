using ChandlerLoop.Data;
using ChandlerLoop.Host.Services.Records;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>
/// Database ids of rigs and runs by their wire keys, cached once found (rows are never deleted, and a
/// run never moves to another rig). A run that is not found is looked up again next time, because it
/// may be created after its first records arrive. Not thread-safe; used under the ingest's flush lock.
/// </summary>
internal sealed class RunDirectory
{
    private readonly ChandlerDbContextFactory _databases;
    private readonly Dictionary<string, (long RunId, string RigKey)> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _rigs = new(StringComparer.Ordinal);

    public RunDirectory(ChandlerDbContextFactory databases)
    {
        _databases = databases;
    }

    /// <summary>The run's database id and its rig's key, or null when no run has that key.</summary>
    public async Task<(long RunId, string RigKey)?> FindRunAsync(ChandlerDbContext db, string runKey, CancellationToken ct)
    {
        if (_runs.TryGetValue(runKey, out var known))
        {
            return known;
        }

        var found = await db.Runs.AsNoTracking()
            .Where(r => r.RunKey == runKey)
            .Select(r => new { r.Id, r.Rig!.RigKey })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        _runs[runKey] = (found.Id, found.RigKey);
        return (found.Id, found.RigKey);
    }

    /// <summary>The database id of the rig, creating its row when it is new.</summary>
    public async Task<long> GetRigIdAsync(string rigKey, CancellationToken ct)
    {
        if (_rigs.TryGetValue(rigKey, out var id))
        {
            return id;
        }

        var rig = await RigRecords.GetOrCreateAsync(_databases, rigKey, ct).ConfigureAwait(false);
        _rigs[rigKey] = rig.Id;
        return rig.Id;
    }
}
