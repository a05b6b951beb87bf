using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// Collects the runs a save touches (directly, or through loops, samples and results, before and after
/// the change) and refuses the save when any of them is locked in the database. A deviation may still
/// be added to a locked run (a finding after approval must be recordable); nothing else may change.
/// </summary>
internal sealed class RunLockCheck
{
    private readonly HashSet<long> _runIds = new();
    private readonly HashSet<long> _loopIds = new();
    private readonly HashSet<long> _sampleIds = new();

    public bool IsEmpty => _runIds.Count == 0 && _loopIds.Count == 0 && _sampleIds.Count == 0;

    public void Add(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Run when entry.State != EntityState.Added:
                _runIds.Add((long)entry.Property(nameof(Run.Id)).OriginalValue!);
                break;
            case Deviation when entry.State == EntityState.Added:
                break;
            case Loop or Deviation:
                AddIds(entry, "RunId", _runIds);
                break;
            case ClotScore or Sample:
                AddIds(entry, "LoopId", _loopIds);
                break;
            case MarkerResult:
                AddIds(entry, nameof(MarkerResult.SampleId), _sampleIds);
                break;
        }
    }

    public async Task RefuseLockedAsync(ChandlerDbContext db, bool async, CancellationToken ct)
    {
        if (_sampleIds.Count > 0)
        {
            var sampleIds = _sampleIds.ToList();
            _loopIds.UnionWith(db.ChangeTracker.Entries<Sample>().Where(e => _sampleIds.Contains(e.Entity.Id)).Select(e => e.Entity.LoopId));
            var query = db.Samples.AsNoTracking().Where(s => sampleIds.Contains(s.Id)).Select(s => s.LoopId);
            _loopIds.UnionWith(async ? await query.ToListAsync(ct).ConfigureAwait(false) : query.ToList());
        }

        if (_loopIds.Count > 0)
        {
            var loopIds = _loopIds.ToList();
            _runIds.UnionWith(db.ChangeTracker.Entries<Loop>().Where(e => _loopIds.Contains(e.Entity.Id)).Select(e => e.Entity.RunId));
            var query = db.Loops.AsNoTracking().Where(l => loopIds.Contains(l.Id)).Select(l => l.RunId);
            _runIds.UnionWith(async ? await query.ToListAsync(ct).ConfigureAwait(false) : query.ToList());
        }

        if (_runIds.Count == 0)
        {
            return;
        }

        var runIds = _runIds.ToList();
        var locked = db.Runs.AsNoTracking().Where(r => runIds.Contains(r.Id) && r.IsLocked).Select(r => r.RunKey);
        var lockedKeys = async ? await locked.ToListAsync(ct).ConfigureAwait(false) : locked.ToList();
        if (lockedKeys.Count > 0)
        {
            throw new DataIntegrityException(DataIntegrityRefusal.RunLocked,
                "Run " + lockedKeys[0] + " is approved and locked: its record and results cannot be changed. Nothing was saved.");
        }
    }

    private static void AddIds(EntityEntry entry, string property, HashSet<long> ids)
    {
        var value = entry.Property(property);
        if (entry.State != EntityState.Added && value.OriginalValue is long original)
        {
            ids.Add(original);
        }

        if (value.CurrentValue is long current)
        {
            ids.Add(current);
        }
    }
}
