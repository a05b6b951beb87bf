using ChandlerLoop.Data;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>The live page's reads: the run with its schedule and deviations, and the telemetry of a time window.</summary>
public sealed class LiveRunQueries
{
    private readonly ChandlerDbContextFactory _databases;

    /// <summary>Creates the queries over <paramref name="databases"/>.</summary>
    public LiveRunQueries(ChandlerDbContextFactory databases) => _databases = databases;

    /// <summary>The run, or null when there is no run <paramref name="runId"/>.</summary>
    public async Task<LiveRunSnapshot?> LoadRunAsync(long runId, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        var run = await db.Runs.AsNoTracking().Include(r => r.Rig).Include(r => r.ProtocolTemplate).FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return null;
        }

        var samples = await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == runId)
            .Select(s => new { s.ScheduleIndex, s.PlannedOffsetMinutes, s.TakenAtUtc, s.TubeId, s.ActualExposureSeconds })
            .ToListAsync(ct);
        var schedule = samples.GroupBy(s => s.ScheduleIndex)
            .Select(g => new ScheduledSample(g.Key, g.Min(s => s.PlannedOffsetMinutes), g.Count(), g.Count(s => s.TakenAtUtc != null),
                g.Min(s => s.TakenAtUtc), g.Select(s => s.TubeId).FirstOrDefault(t => t != null), g.Max(s => s.ActualExposureSeconds)))
            .OrderBy(s => s.PlannedOffsetMinutes).ThenBy(s => s.ScheduleIndex)
            .ToList();
        var deviations = await db.Deviations.AsNoTracking().Where(d => d.RunId == runId).OrderBy(d => d.Id)
            .Select(d => d.Code + ": " + d.What).ToListAsync(ct);
        var loops = await db.Loops.CountAsync(l => l.RunId == runId, ct);
        return new LiveRunSnapshot
        {
            RunId = run.Id,
            RunKey = run.RunKey,
            RigKey = run.Rig?.RigKey ?? "",
            RigName = run.Rig?.Name ?? "",
            State = run.State,
            IsSimulated = run.IsSimulated,
            IsLocked = run.IsLocked,
            PrewarmStartedAtUtc = run.PrewarmStartedAtUtc,
            ReadyAtUtc = run.ReadyAtUtc,
            LoadedAtUtc = run.LoadedAtUtc,
            EndedAtUtc = run.EndedAtUtc,
            EndReason = run.EndReason,
            LoopCount = loops,
            ExposureMinutes = run.ProtocolTemplate?.DurationMinutes,
            Schedule = schedule,
            Deviations = deviations,
        };
    }

    /// <summary>
    /// The run's telemetry received in the <paramref name="window"/> up to its latest record, as chart
    /// rows with minutes from <paramref name="referenceUtc"/> (t0, or the start of pre-warming), in
    /// sequence order and downsampled to at most <see cref="TelemetryDownsampler.DefaultMaximumPoints"/>.
    /// </summary>
    public async Task<IReadOnlyList<TelemetryChartRow>> LoadWindowAsync(long runId, DateTime referenceUtc, TimeSpan window, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        var latest = await db.TelemetryPoints.AsNoTracking().Where(t => t.RunId == runId)
            .OrderByDescending(t => t.Sequence).Select(t => (DateTime?)t.ReceivedAtUtc).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return [];
        }

        var from = latest.Value - window;
        var points = await db.TelemetryPoints.AsNoTracking()
            .Where(t => t.RunId == runId && t.ReceivedAtUtc >= from)
            .OrderBy(t => t.Sequence)
            .Select(t => new { t.ReceivedAtUtc, t.ControlTemperatureCelsius, t.SetpointCelsius, t.HeaterDutyCycle, t.DrumSpeedRpm, t.DrumSpeedSetpointRpm })
            .ToListAsync(ct);
        var rows = points.Select(p => new TelemetryChartRow((p.ReceivedAtUtc - referenceUtc).TotalMinutes, p.ControlTemperatureCelsius,
            p.SetpointCelsius, p.HeaterDutyCycle * 100, p.DrumSpeedRpm, p.DrumSpeedSetpointRpm)).ToList();
        return TelemetryDownsampler.Downsample(rows);
    }
}
