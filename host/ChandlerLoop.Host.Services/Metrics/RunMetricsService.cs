using ChandlerLoop.Data;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>Loads a run's loops, donors, samples and results and computes its <see cref="RunMetrics"/>.</summary>
public sealed class RunMetricsService
{
    private readonly ChandlerDbContextFactory _databases;

    /// <summary>Creates the service.</summary>
    public RunMetricsService(ChandlerDbContextFactory databases)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
    }

    /// <summary>The metrics of run <paramref name="runId"/>; throws <see cref="KeyNotFoundException"/> for an unknown run.</summary>
    public async Task<RunMetrics> ComputeAsync(long runId, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        var run = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false)
            ?? throw new KeyNotFoundException("Run " + runId + " does not exist.");
        var loops = await db.Loops.AsNoTracking().Where(l => l.RunId == runId).ToListAsync(ct).ConfigureAwait(false);
        var donorIds = loops.Select(l => l.DonorId).Distinct().ToList();
        var donors = await db.Donors.AsNoTracking().Where(d => donorIds.Contains(d.Id)).ToListAsync(ct).ConfigureAwait(false);
        var samples = await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == runId).ToListAsync(ct).ConfigureAwait(false);
        var results = await db.MarkerResults.AsNoTracking().Where(r => r.Sample!.Loop!.RunId == runId).ToListAsync(ct).ConfigureAwait(false);
        return RunMetricsCalculator.Compute(run, loops, donors, samples, results);
    }
}
