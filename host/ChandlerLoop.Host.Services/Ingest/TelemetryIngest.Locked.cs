using ChandlerLoop.Data;
using ChandlerLoop.Protocol.Names;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Ingest;

public sealed partial class TelemetryIngest
{
    /// <summary>
    /// The run keys of the batch whose runs are approved (locked). A rig keeps sending records tagged
    /// with its last run after the run has ended (state completed, aborted, faulted or, after a reboot,
    /// idle); once the run is approved they are not stored, so the signed record never changes. Only
    /// such post-run records and replays can belong to an approved run (approval needs an ended run
    /// with complete telemetry), so only their runs are looked up: one query per batch that holds any,
    /// none for the live records of runs in progress (the ingest's hot path). Read per batch, not
    /// cached, because approval happens while the ingest runs.
    /// </summary>
    private static async Task<HashSet<string>> LockedRunKeysAsync(ChandlerDbContext db, IngestBatch batch, CancellationToken ct)
    {
        var keys = batch.Telemetry
            .Where(p => p.Record.Replay || IsPostRun(p.Record.State))
            .Select(p => p.RunKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var locked = await db.Runs.AsNoTracking()
            .Where(r => r.IsLocked && keys.Contains(r.RunKey))
            .Select(r => r.RunKey)
            .ToListAsync(ct).ConfigureAwait(false);
        return locked.ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsPostRun(RigState state) =>
        state is RigState.Idle or RigState.Completed or RigState.Aborted or RigState.Faulted;
}
