using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Review;

/// <summary>
/// The deviation workflow of DOMAIN §5 (what, impact assessment, disposition). Dispositions are set by a
/// LabManager or Admin with a reason (audited: who, old and new values, why) and only before approval;
/// manual deviations can be added by any active user at any time, also to approved runs.
/// </summary>
public sealed class DeviationDispositionService
{
    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    public DeviationDispositionService(ChandlerDbContextFactory databases, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// Sets the disposition (e.g. "accepted: no impact on results", "run invalid, repeat") and, when not null,
    /// the impact assessment of a deviation; records who and when. Refused with <see cref="ReviewRefusedException"/>
    /// for an unknown deviation, a user who is not an active LabManager/Admin, an empty disposition or reason,
    /// or an approved (locked) run.
    /// </summary>
    public async Task<Deviation> SetDispositionAsync(long deviationId, string disposition, string? impact, string actingUser, string reason, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = actingUser;
        db.Clock = _clock;
        var user = await ReviewChecks.RequireActiveUserAsync(db, actingUser, ct).ConfigureAwait(false);
        ReviewChecks.RequireManager(user, "set a deviation's disposition");
        var deviation = await db.Deviations.Include(d => d.Run!).FirstOrDefaultAsync(d => d.Id == deviationId, ct).ConfigureAwait(false)
            ?? throw new ReviewRefusedException(ReviewRefusal.UnknownDeviation, $"Deviation {deviationId} does not exist: list the run's deviations to find its id.");
        ReviewChecks.RequireUnlocked(deviation.Run!, "change a deviation's disposition");
        ReviewChecks.RequireText(disposition, "The disposition (what is decided about the deviation)");
        ReviewChecks.RequireText(reason, "A reason for the change (kept in the audit trail)");
        deviation.Disposition = disposition.Trim();
        if (impact is not null)
        {
            ReviewChecks.RequireText(impact, "The impact assessment (leave it null to keep the current one)");
            deviation.Impact = impact.Trim();
        }

        deviation.DispositionByUserName = user.UserName;
        deviation.DispositionedAtUtc = _clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(reason.Trim(), ct).ConfigureAwait(false);
        deviation.Run = null;
        return deviation;
    }

    /// <summary>
    /// Adds a manual deviation (Code "manual" unless given) to a run, also an approved one (a finding after
    /// approval must be recordable). Any active user may add one.
    /// </summary>
    public async Task<Deviation> AddManualDeviationAsync(long runId, string what, string? impact, string actingUser, string? code = null, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = actingUser;
        db.Clock = _clock;
        await ReviewChecks.RequireActiveUserAsync(db, actingUser, ct).ConfigureAwait(false);
        ReviewChecks.RequireText(what, "What happened (the deviation's description)");
        if (!await db.Runs.AnyAsync(r => r.Id == runId, ct).ConfigureAwait(false))
        {
            throw new ReviewRefusedException(ReviewRefusal.UnknownRun, $"Run {runId} does not exist: check the run id.");
        }

        var deviation = new Deviation
        {
            RunId = runId,
            Code = string.IsNullOrWhiteSpace(code) ? "manual" : code.Trim(),
            What = what.Trim(),
            Impact = string.IsNullOrWhiteSpace(impact) ? null : impact.Trim(),
            IsAutomatic = false,
            RecordedAtUtc = _clock.GetUtcNow().UtcDateTime,
        };
        db.Deviations.Add(deviation);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return deviation;
    }
}
