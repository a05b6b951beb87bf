using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Registry;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Pages.Rigs;

/// <summary>Builds the rigs page's rows from the registry's presence and the database (rig records, runs, telemetry).</summary>
public sealed class RigOverviewQueries
{
    private static readonly RunState[] ActiveStates = [RunState.PreWarming, RunState.Ready, RunState.Running, RunState.SampleDue];
    private readonly ChandlerDbContextFactory _databases;

    /// <summary>Creates the queries.</summary>
    public RigOverviewQueries(ChandlerDbContextFactory databases) => _databases = databases;

    /// <summary>Every rig the registry knows or the database holds, by key.</summary>
    public async Task<IReadOnlyList<RigRowView>> LoadAsync(IReadOnlyList<RigPresence> presences, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(presences);
        await using var db = _databases.CreateDbContext();
        var rigs = await db.Rigs.AsNoTracking().ToListAsync(ct);
        var keys = presences.Select(p => p.RigKey).Concat(rigs.Select(r => r.RigKey)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = new List<RigRowView>();
        foreach (var key in keys)
        {
            var presence = presences.FirstOrDefault(p => p.RigKey == key);
            var rig = rigs.FirstOrDefault(r => r.RigKey == key);
            rows.Add(await BuildAsync(db, key, presence, rig, ct));
        }

        return rows;
    }

    private static async Task<RigRowView> BuildAsync(ChandlerDbContext db, string key, RigPresence? presence, Rig? rig, CancellationToken ct)
    {
        var recentRuns = rig is null ? [] : await db.Runs.AsNoTracking().Where(r => r.RigId == rig.Id)
            .OrderByDescending(r => r.Id).Take(3).Select(r => new { r.Id, r.RunKey, r.State }).ToListAsync(ct);
        var active = rig is null ? null : await db.Runs.AsNoTracking().Where(r => r.RigId == rig.Id && ActiveStates.Contains(r.State))
            .OrderByDescending(r => r.Id).Select(r => new { r.Id, r.RunKey }).FirstOrDefaultAsync(ct);
        TelemetryPoint? latest = null;
        foreach (var run in recentRuns)
        {
            var point = await db.TelemetryPoints.AsNoTracking().Where(t => t.RunId == run.Id).OrderByDescending(t => t.Sequence).FirstOrDefaultAsync(ct);
            if (point is not null && (latest is null || point.ReceivedAtUtc > latest.ReceivedAtUtc))
            {
                latest = point;
            }
        }

        return new RigRowView
        {
            RigKey = key,
            Name = rig?.Name ?? key,
            Presence = presence,
            FirmwareVersion = presence?.FirmwareVersion ?? rig?.FirmwareVersion,
            CalibrationDueUtc = rig?.CalibrationDueUtc,
            CalibratedAtUtc = rig?.CalibratedAtUtc,
            CurrentRunId = active?.Id,
            CurrentRunKey = active?.RunKey,
            LatestTemperatureCelsius = latest?.ControlTemperatureCelsius,
            LatestSpeedRpm = latest?.DrumSpeedRpm,
            LatestReadingAtUtc = latest?.ReceivedAtUtc,
        };
    }
}
