using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Metrics;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>
/// Loads every loop of the runs whose exposure completed (completed, results entered, reviewed, approved)
/// and computes their derived metrics with the same calculator as the run's own pages. Aborted and faulted
/// runs are left out: their exposure is not the protocol's.
/// </summary>
public sealed class LoopSnapshotQuery
{
    /// <summary>The run states whose loops are compared.</summary>
    public static IReadOnlyList<RunState> ComparedStates { get; } = [RunState.Completed, RunState.ResultsEntered, RunState.Reviewed, RunState.Approved];

    private readonly ChandlerDbContextFactory _databases;

    /// <summary>Creates the query.</summary>
    public LoopSnapshotQuery(ChandlerDbContextFactory databases)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
    }

    /// <summary>
    /// Every loop (controls included) of the runs that pass the run-level part of <paramref name="filter"/>
    /// (approved only, simulated) and hold at least one loop passing its product/lot/donor part.
    /// </summary>
    public async Task<IReadOnlyList<LoopSnapshot>> LoadAsync(ObservationFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = _databases.CreateDbContext();
        var states = ComparedStates.ToList();
        var runQuery = db.Runs.AsNoTracking().Where(r => states.Contains(r.State));
        if (filter.ApprovedOnly)
        {
            runQuery = runQuery.Where(r => r.State == RunState.Approved);
        }

        if (!filter.IncludeSimulated)
        {
            runQuery = runQuery.Where(r => !r.IsSimulated);
        }

        var runs = await runQuery.ToListAsync(ct).ConfigureAwait(false);
        var runIds = runs.Select(r => r.Id).ToList();
        var loops = await db.Loops.AsNoTracking().Where(l => runIds.Contains(l.RunId)).ToListAsync(ct).ConfigureAwait(false);
        var donorIds = loops.Select(l => l.DonorId).Distinct().ToList();
        var donors = await db.Donors.AsNoTracking().Where(d => donorIds.Contains(d.Id)).ToListAsync(ct).ConfigureAwait(false);
        var samples = await db.Samples.AsNoTracking().Where(s => runIds.Contains(s.Loop!.RunId)).ToListAsync(ct).ConfigureAwait(false);
        var results = await db.MarkerResults.AsNoTracking().Where(r => runIds.Contains(r.Sample!.Loop!.RunId)).ToListAsync(ct).ConfigureAwait(false);
        var scores = await db.ClotScores.AsNoTracking().Where(c => runIds.Contains(c.Loop!.RunId)).ToListAsync(ct).ConfigureAwait(false);

        var loopsByRun = loops.ToLookup(l => l.RunId);
        var sampleLoop = samples.ToDictionary(s => s.Id, s => s.LoopId);
        var loopRun = loops.ToDictionary(l => l.Id, l => l.RunId);
        var samplesByRun = samples.ToLookup(s => loopRun[s.LoopId]);
        var resultsByRun = results.ToLookup(r => loopRun[sampleLoop[r.SampleId]]);
        var scoreByLoop = scores.GroupBy(c => c.LoopId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.ScoredAtUtc).ThenBy(c => c.Id).Last().Score);
        var snapshots = new List<LoopSnapshot>();
        foreach (var run in runs)
        {
            var runLoops = loopsByRun[run.Id].ToList();
            var metrics = RunMetricsCalculator.Compute(run, runLoops, donors, samplesByRun[run.Id], resultsByRun[run.Id]);
            var candidate = metrics.Loops.Select(m =>
            {
                var loop = runLoops.First(l => l.Id == m.LoopId);
                return new LoopSnapshot(run.Id, run.RunKey, run.State, run.IsSimulated, m, loop.CellLot, loop.TissueFactorPositivePercent,
                    scoreByLoop.TryGetValue(loop.Id, out var score) ? score : null);
            }).ToList();
            if (candidate.Any(s => Passes(filter, s)))
            {
                snapshots.AddRange(candidate);
            }
        }

        return snapshots;
    }

    /// <summary>The distinct cell products and their lots of all loops, ordered by name (for the pickers).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ProductLotsAsync(CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        var pairs = await db.Loops.AsNoTracking().Where(l => l.CellProduct != null)
            .Select(l => new { Product = l.CellProduct!, l.CellLot }).Distinct().ToListAsync(ct).ConfigureAwait(false);
        return pairs.GroupBy(p => p.Product, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.CellLot).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                StringComparer.OrdinalIgnoreCase);
    }

    private static bool Passes(ObservationFilter filter, LoopSnapshot s) =>
        filter.Matches(new LoopObservation(s.RunId, s.RunKey, s.IsSimulated, s.Metrics.Position, s.Metrics.Role, s.Metrics.CellProduct,
            s.CellLot, s.Metrics.DonorPseudonymousId, s.Metrics.DoseCellsPerMilliliter, s.TissueFactorPositivePercent, MetricValue.Exact(0, "")));
}
