using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Acceptance;
using ChandlerLoop.Host.Services.Review;
using ChandlerLoop.Host.Web.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Pages.Runs.Review;

/// <summary>
/// What the review page shows of one run, loaded read-only: the run, its stored acceptance evaluation,
/// deviations, signatures and the whole-run telemetry reduced for the chart.
/// </summary>
internal sealed class ReviewPageData
{
    /// <summary>The run (Rig and Operator loaded).</summary>
    public required Run Run { get; init; }

    /// <summary>The stored acceptance evaluation; null when not evaluated.</summary>
    public required AcceptanceRecord? Acceptance { get; init; }

    /// <summary>Deviations in recording order.</summary>
    public required IReadOnlyList<Deviation> Deviations { get; init; }

    /// <summary>Signatures, oldest first.</summary>
    public required IReadOnlyList<SignatureRecord> Signatures { get; init; }

    /// <summary>The chart series.</summary>
    public required TelemetrySeries Telemetry { get; init; }

    /// <summary>Deviations without a disposition.</summary>
    public int OpenDeviations => Deviations.Count(d => string.IsNullOrWhiteSpace(d.Disposition));

    /// <summary>
    /// Loads run <paramref name="runId"/>; null when it does not exist. <paramref name="maxPointsPerSeries"/>
    /// of 0 keeps every telemetry point (the benchmark's baseline only).
    /// </summary>
    public static async Task<ReviewPageData?> LoadAsync(ChandlerDbContextFactory databases, SignatureService signatures, long runId,
        int maxPointsPerSeries = TelemetrySeries.MaxPointsPerSeries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(databases);
        ArgumentNullException.ThrowIfNull(signatures);
        await using var db = databases.CreateDbContext();
        var run = await db.Runs.AsNoTracking().Include(r => r.Rig).Include(r => r.Operator)
            .FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false);
        if (run is null)
        {
            return null;
        }

        var deviations = (await db.Deviations.AsNoTracking().Where(d => d.RunId == runId).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(d => d.Id).ToList();
        var telemetry = (await db.TelemetryPoints.AsNoTracking().Where(t => t.RunId == runId).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(t => t.Sequence).ToList();
        AcceptanceRecord? acceptance;
        try
        {
            acceptance = AcceptanceRecord.FromJson(run.AcceptanceJson);
        }
        catch (System.Text.Json.JsonException)
        {
            acceptance = null;
        }

        return new ReviewPageData
        {
            Run = run,
            Acceptance = acceptance,
            Deviations = deviations,
            Signatures = await signatures.ListAsync(runId, ct).ConfigureAwait(false),
            Telemetry = TelemetrySeries.From(telemetry, maxPointsPerSeries),
        };
    }
}
