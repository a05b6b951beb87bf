using System.Globalization;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Audit;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Cli.Runs;

/// <summary>Loads a <see cref="RunDossier"/> by run key (no tracking: nothing is changed).</summary>
internal static class RunDossierLoader
{
    /// <summary>The dossier of <paramref name="runKey"/>; <see cref="CliFailureException"/> when no such run exists.</summary>
    public static async Task<RunDossier> LoadAsync(ChandlerDbContext db, string runKey, CancellationToken ct)
    {
        var run = await db.Runs.AsNoTracking()
            .Include(r => r.Rig).Include(r => r.ProtocolTemplate).Include(r => r.Operator)
            .FirstOrDefaultAsync(r => r.RunKey == runKey, ct).ConfigureAwait(false)
            ?? throw new CliFailureException("run '" + runKey + "' does not exist (see 'chandler runs list').");

        var loops = await db.Loops.AsNoTracking().Include(l => l.Donor).Where(l => l.RunId == run.Id)
            .OrderBy(l => l.Position).ToListAsync(ct).ConfigureAwait(false);
        var loopIds = loops.Select(l => l.Id).ToList();
        var samples = (await db.Samples.AsNoTracking().Where(s => loopIds.Contains(s.LoopId)).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(s => loops.First(l => l.Id == s.LoopId).Position).ThenBy(s => s.ScheduleIndex).ThenBy(s => s.Id).ToList();
        var sampleIds = samples.Select(s => s.Id).ToList();
        var results = (await db.MarkerResults.AsNoTracking().Include(m => m.EnteredBy).Where(m => sampleIds.Contains(m.SampleId))
            .ToListAsync(ct).ConfigureAwait(false)).OrderBy(m => m.SampleId).ThenBy(m => m.Analyte, StringComparer.Ordinal).ToList();
        var clots = (await db.ClotScores.AsNoTracking().Include(c => c.Scorer).Where(c => loopIds.Contains(c.LoopId))
            .ToListAsync(ct).ConfigureAwait(false)).OrderBy(c => c.LoopId).ThenBy(c => c.Id).ToList();
        var deviations = (await db.Deviations.AsNoTracking().Where(d => d.RunId == run.Id).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(d => d.Id).ToList();
        var signatures = (await db.ElectronicSignatures.AsNoTracking().Include(s => s.User).Where(s => s.RunId == run.Id)
            .ToListAsync(ct).ConfigureAwait(false)).OrderBy(s => s.Id).ToList();
        var telemetry = (await db.TelemetryPoints.AsNoTracking().Where(t => t.RunId == run.Id).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(t => t.Sequence).ToList();
        var events = (await db.RigEvents.AsNoTracking().Where(e => e.RunId == run.Id).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(e => e.Id).ToList();

        var audit = await LoadAuditAsync(db, run.Id, loopIds, sampleIds, ct).ConfigureAwait(false);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? AuditHasher.GenesisHash;

        return new RunDossier
        {
            Run = run,
            Loops = loops,
            Donors = loops.Where(l => l.Donor is not null).Select(l => l.Donor!).DistinctBy(d => d.Id).OrderBy(d => d.Id).ToList(),
            Samples = samples,
            Results = results,
            ClotScores = clots,
            Deviations = deviations,
            Signatures = signatures,
            Telemetry = telemetry,
            Events = events,
            AuditEntries = audit,
            AuditHeadHash = head,
        };
    }

    // Children are found through their parent key fields in the audit trail too, so that the
    // entries of deleted loops, samples, results, scores and deviations are exported as well.
    private static async Task<IReadOnlyList<AuditEntry>> LoadAuditAsync(ChandlerDbContext db, long runId,
        IReadOnlyList<long> loopIds, IReadOnlyList<long> sampleIds, CancellationToken ct)
    {
        var runText = Text(runId);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Run) || a.EntityType == nameof(Loop) || a.EntityType == nameof(Sample)
                || a.EntityType == nameof(MarkerResult) || a.EntityType == nameof(ClotScore) || a.EntityType == nameof(Deviation))
            .OrderBy(a => a.Id).ToListAsync(ct).ConfigureAwait(false);

        var loops = Ids(entries, nameof(Loop), nameof(Loop.RunId), [runText], loopIds);
        var samples = Ids(entries, nameof(Sample), nameof(Sample.LoopId), loops, sampleIds);
        var results = Ids(entries, nameof(MarkerResult), nameof(MarkerResult.SampleId), samples, []);
        var clots = Ids(entries, nameof(ClotScore), nameof(ClotScore.LoopId), loops, []);
        var deviations = Ids(entries, nameof(Deviation), nameof(Deviation.RunId), [runText], []);

        return entries.Where(a => a.EntityType switch
        {
            nameof(Run) => a.EntityId == runText,
            nameof(Loop) => loops.Contains(a.EntityId),
            nameof(Sample) => samples.Contains(a.EntityId),
            nameof(MarkerResult) => results.Contains(a.EntityId),
            nameof(ClotScore) => clots.Contains(a.EntityId),
            nameof(Deviation) => deviations.Contains(a.EntityId),
            _ => false,
        }).ToList();
    }

    private static HashSet<string> Ids(List<AuditEntry> entries, string type, string parentField,
        ICollection<string> parentIds, IEnumerable<long> current)
    {
        var ids = current.Select(Text).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.EntityType == type && entry.Field == parentField
                && ((entry.NewValue is not null && parentIds.Contains(entry.NewValue)) || (entry.OldValue is not null && parentIds.Contains(entry.OldValue))))
            {
                ids.Add(entry.EntityId);
            }
        }

        return ids;
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
