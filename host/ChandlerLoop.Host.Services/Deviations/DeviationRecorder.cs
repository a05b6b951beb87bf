using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Deviations;

/// <summary>
/// Records automatic deviations (DOMAIN §5: every failure is a deviation record, not a silent pass).
/// One automatic deviation per (run, code): recording the same code again returns the existing row,
/// so re-evaluating acceptance or seeing the same reboot twice never duplicates a record.
/// </summary>
public sealed class DeviationRecorder
{
    /// <summary>The user name automatic records are attributed to in the audit trail.</summary>
    public const string SystemUserName = "system";

    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;

    /// <summary>Creates the recorder.</summary>
    public DeviationRecorder(ChandlerDbContextFactory databases, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// Records an automatic deviation with <paramref name="code"/> on run <paramref name="runId"/> unless one
    /// with that code exists; returns the stored deviation and whether it was created now.
    /// </summary>
    public async Task<(Deviation Deviation, bool Created)> RecordAsync(long runId, string code, string what, string? impact, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = SystemUserName;
        db.Clock = _clock;
        var existing = await db.Deviations.AsNoTracking()
            .FirstOrDefaultAsync(d => d.RunId == runId && d.Code == code && d.IsAutomatic, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return (existing, false);
        }

        var deviation = new Deviation
        {
            RunId = runId,
            Code = code,
            What = what,
            Impact = impact,
            IsAutomatic = true,
            RecordedAtUtc = _clock.GetUtcNow().UtcDateTime,
        };
        db.Deviations.Add(deviation);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (deviation, true);
    }

    /// <summary>
    /// Gives the open automatic deviations of run <paramref name="runId"/> whose code is in
    /// <paramref name="codes"/> the disposition <paramref name="disposition"/>, attributed to
    /// <paramref name="actingUser"/> (audited with <paramref name="reason"/>); deviations a person has
    /// already dispositioned are left alone. Returns how many were closed.
    /// </summary>
    public async Task<int> CloseOpenAsync(long runId, IReadOnlyCollection<string> codes, string disposition, string actingUser, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentException.ThrowIfNullOrWhiteSpace(disposition);
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        if (codes.Count == 0)
        {
            return 0;
        }

        await using var db = _databases.CreateDbContext();
        db.ActingUserName = actingUser;
        db.Clock = _clock;
        var open = await db.Deviations
            .Where(d => d.RunId == runId && d.IsAutomatic && codes.Contains(d.Code) && (d.Disposition == null || d.Disposition == ""))
            .ToListAsync(ct).ConfigureAwait(false);
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var deviation in open)
        {
            deviation.Disposition = disposition;
            deviation.DispositionByUserName = actingUser;
            deviation.DispositionedAtUtc = now;
        }

        if (open.Count > 0)
        {
            await db.SaveChangesAsync(reason, ct).ConfigureAwait(false);
        }

        return open.Count;
    }

    /// <summary>The deviations of a run, oldest first.</summary>
    public async Task<IReadOnlyList<Deviation>> ListAsync(long runId, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        return await db.Deviations.AsNoTracking().Where(d => d.RunId == runId).OrderBy(d => d.Id).ToListAsync(ct).ConfigureAwait(false);
    }
}
