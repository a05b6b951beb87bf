using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data.Security;

/// <summary>
/// Password checks with lock-out against password guessing: after <see cref="MaxFailedSignIns"/> wrong
/// passwords in a row an account is locked for <see cref="LockoutMinutes"/> minutes. While locked, the
/// password is not checked at all (the answer is "locked" whether it was right or not), and wrong
/// passwords do not extend the lock. A right password resets the count. Locking is written to the
/// audit trail as a change of <see cref="User.LockoutEndUtc"/> by <see cref="ActingUserName"/>; the
/// count itself is not audited. Unknown login names and disabled accounts are refused like a wrong
/// password and count nothing. An admin ends a lock-out early (the web users page).
/// </summary>
public sealed class SignInLockout
{
    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a lock-out lasts, minutes.</summary>
    public const int LockoutMinutes = 15;

    /// <summary>The acting user recorded in the audit trail when the system locks an account.</summary>
    public const string ActingUserName = "system:sign-in";

    /// <summary>The reason recorded in the audit trail when an account is locked.</summary>
    public static readonly string LockReason =
        "locked after " + MaxFailedSignIns + " wrong passwords in a row (for " + LockoutMinutes + " minutes)";

    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;
    private readonly TimeProvider _recordClock;

    /// <summary>
    /// Creates the check. <paramref name="clock"/> decides when lock-outs end (wall time in the host);
    /// <paramref name="recordClock"/> stamps the audit entry of a lock-out, so that it sits in time with
    /// the host's other records (the host's record clock, simulated when the rigs are); default
    /// <paramref name="clock"/>.
    /// </summary>
    public SignInLockout(ChandlerDbContextFactory databases, TimeProvider clock, TimeProvider? recordClock = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        ArgumentNullException.ThrowIfNull(clock);
        _databases = databases;
        _clock = clock;
        _recordClock = recordClock ?? clock;
    }

    /// <summary>True when <paramref name="user"/> is locked at <paramref name="nowUtc"/>.</summary>
    public static bool IsLocked(User user, DateTime nowUtc) => user.LockoutEndUtc is { } end && end > nowUtc;

    /// <summary>True when <paramref name="user"/> is locked now (this check's clock).</summary>
    public bool IsLocked(User user) => IsLocked(user, _clock.GetUtcNow().UtcDateTime);

    /// <summary>Checks <paramref name="password"/> for <paramref name="userName"/>, counting wrong ones and locking after too many.</summary>
    public async Task<SignInCheck> CheckAsync(string userName, string password, CancellationToken ct = default)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = ActingUserName;
        db.Clock = _recordClock;
        var user = name.Length == 0 ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name, ct).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            return new SignInCheck(SignInOutcome.Failed, null, null);
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        if (IsLocked(user, now))
        {
            return new SignInCheck(SignInOutcome.LockedOut, null, user.LockoutEndUtc);
        }

        if (PasswordHasher.Verify(password ?? "", user.PasswordHash))
        {
            if (user.FailedSignInCount != 0)
            {
                await db.Users.Where(u => u.Id == user.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignInCount, 0), ct).ConfigureAwait(false);
            }

            return new SignInCheck(SignInOutcome.Succeeded, user.Id, null);
        }

        // Counted in the database, so concurrent attempts are not lost.
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignInCount, u => u.FailedSignInCount + 1), ct).ConfigureAwait(false);
        var row = await db.Users.FirstAsync(u => u.Id == user.Id, ct).ConfigureAwait(false);
        if (row.FailedSignInCount < MaxFailedSignIns)
        {
            return new SignInCheck(SignInOutcome.Failed, null, null);
        }

        row.LockoutEndUtc = now.AddMinutes(LockoutMinutes);
        row.FailedSignInCount = 0;
        await db.SaveChangesAsync(LockReason, ct).ConfigureAwait(false);
        return new SignInCheck(SignInOutcome.LockedOut, null, row.LockoutEndUtc);
    }
}
