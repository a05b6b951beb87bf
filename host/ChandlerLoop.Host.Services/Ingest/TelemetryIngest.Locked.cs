using ChandlerLoop.Data;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Ingest;

public sealed partial class TelemetryIngest
{
    /// <summary>
    /// The run keys of the batch whose runs are approved (locked): one query per batch. A rig keeps
    /// sending records tagged with its last run after the run has ended (state completed or idle); once
    /// the run is approved they are not stored, so the signed record never changes. Read per batch, not
    /// cached, because approval happens while the ingest runs.
    /// </summary>
    private static async Task<HashSet<string>> LockedRunKeysAsync(ChandlerDbContext db, IngestBatch batch, CancellationToken ct)
    {
        if (batch.Telemetry.Count == 0)
        {
            return [];
        }

        var keys = batch.Telemetry.Select(p => p.RunKey).Distinct(StringComparer.Ordinal).ToList();
        var locked = await db.Runs.AsNoTracking()
            .Where(r => r.IsLocked && keys.Contains(r.RunKey))
            .Select(r => r.RunKey)
            .ToListAsync(ct).ConfigureAwait(false);
        return locked.ToHashSet(StringComparer.Ordinal);
    }
}
