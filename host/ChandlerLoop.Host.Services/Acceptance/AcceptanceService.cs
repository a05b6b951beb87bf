using System.Text.Json;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Deviations;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>
/// Evaluates a finished run's acceptance (DOMAIN §5) from the database: loads its telemetry, events, loops,
/// samples, results and donors, evaluates with the criteria of its protocol version, stores the outcome,
/// time and JSON checklist on the run, and records one automatic deviation per failed check (once per
/// code: re-evaluating does not duplicate them); an open automatic deviation of a check that passes on
/// re-evaluation is closed with a disposition saying so. Locked (approved) runs keep the evaluation they were
/// approved with and are refused, as are runs whose exposure has not finished.
/// </summary>
public sealed class AcceptanceService
{
    private static readonly RunState[] ActiveStates = [RunState.Draft, RunState.PreWarming, RunState.Ready, RunState.Running, RunState.SampleDue];

    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;
    private readonly DeviationRecorder _deviations;

    /// <summary>Creates the service.</summary>
    public AcceptanceService(ChandlerDbContextFactory databases, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
        _deviations = new DeviationRecorder(databases, _clock);
    }

    /// <summary>
    /// Evaluates run <paramref name="runId"/> as <paramref name="actingUser"/> and returns the report; throws
    /// <see cref="AcceptanceRefusedException"/> (nothing stored) for an unknown, locked or unfinished run.
    /// </summary>
    public async Task<AcceptanceReport> EvaluateAsync(long runId, string actingUser, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = actingUser;
        db.Clock = _clock;
        var run = await db.Runs.Include(r => r.ProtocolTemplate).FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false)
            ?? throw new AcceptanceRefusedException(AcceptanceRefusal.RunNotFound, "Run " + runId + " does not exist.");
        if (run.IsLocked)
        {
            throw new AcceptanceRefusedException(AcceptanceRefusal.RunLocked,
                "Run " + run.RunKey + " is approved and locked: it keeps the acceptance evaluation it was approved with (" + (run.AcceptanceOutcome ?? "none") + ").");
        }

        if (ActiveStates.Contains(run.State))
        {
            throw new AcceptanceRefusedException(AcceptanceRefusal.ExposureNotFinished,
                "Run " + run.RunKey + " is " + run.State + ": evaluate acceptance after the exposure has ended (completed, aborted or faulted).");
        }

        var criteria = CriteriaFor(run);
        var inputs = await LoadAsync(db, run, ct).ConfigureAwait(false);
        var report = AcceptanceEvaluator.Evaluate(criteria, inputs);
        var now = _clock.GetUtcNow().UtcDateTime;
        run.AcceptanceOutcome = report.Outcome;
        run.AcceptanceEvaluatedAtUtc = now;
        run.AcceptanceJson = new AcceptanceRecord(run.RunKey, report.Outcome, now, actingUser, criteria, report.Checks).ToJson();
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DataIntegrityException e) when (e.Refusal == DataIntegrityRefusal.RunLocked)
        {
            throw new AcceptanceRefusedException(AcceptanceRefusal.RunLocked, e.Message, e);
        }

        foreach (var check in report.FailedChecks)
        {
            await _deviations.RecordAsync(run.Id, check.Code, check.Title + ": " + check.Detail, AcceptanceImpacts.For(check), ct).ConfigureAwait(false);
        }

        // A check that failed before (e.g. results not yet entered) and passes now: its open deviation is
        // closed with that explanation, kept in the record, instead of waiting for a disposition.
        var passing = report.Checks.Where(c => c.Passed).Select(c => c.Code).ToList();
        await _deviations.CloseOpenAsync(run.Id, passing,
            "resolved: the check passes on re-evaluation of acceptance at " + now.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
            actingUser, "acceptance re-evaluated: the check passes", ct).ConfigureAwait(false);
        return report;
    }

    /// <summary>The criteria of the run's protocol version; <c>rotate_while_sampling</c> is read from the run's protocol snapshot when it holds it.</summary>
    internal static AcceptanceCriteria CriteriaFor(Run run)
    {
        var template = run.ProtocolTemplate ?? throw new InvalidOperationException("The run's protocol template is not loaded.");
        var criteria = AcceptanceCriteria.FromTemplate(template);
        return RotateWhileSamplingFromSnapshot(run.ProtocolSnapshotJson) is { } rotate ? criteria with { RotateWhileSampling = rotate } : criteria;
    }

    private static bool? RotateWhileSamplingFromSnapshot(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in doc.RootElement.EnumerateObject())
            {
                var name = property.Name.Replace("_", "", StringComparison.Ordinal);
                if (string.Equals(name, "rotateWhileSampling", StringComparison.OrdinalIgnoreCase)
                    && property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    return property.Value.GetBoolean();
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable snapshot keeps the default (the drum turns while sampling).
        }

        return null;
    }

    private static async Task<AcceptanceInputs> LoadAsync(ChandlerDbContext db, Run run, CancellationToken ct)
    {
        var runId = run.Id;
        var loops = await db.Loops.AsNoTracking().Where(l => l.RunId == runId).ToListAsync(ct).ConfigureAwait(false);
        var donorIds = loops.Select(l => l.DonorId).Distinct().ToList();
        return new AcceptanceInputs
        {
            Run = run,
            Telemetry = await db.TelemetryPoints.AsNoTracking().Where(t => t.RunId == runId).OrderBy(t => t.Sequence).ToListAsync(ct).ConfigureAwait(false),
            Events = await db.RigEvents.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Id).ToListAsync(ct).ConfigureAwait(false),
            Loops = loops,
            Samples = await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == runId).ToListAsync(ct).ConfigureAwait(false),
            Results = await db.MarkerResults.AsNoTracking().Where(r => r.Sample!.Loop!.RunId == runId).ToListAsync(ct).ConfigureAwait(false),
            Donors = await db.Donors.AsNoTracking().Where(d => donorIds.Contains(d.Id)).ToListAsync(ct).ConfigureAwait(false),
        };
    }
}
