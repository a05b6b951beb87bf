using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>
/// Creates and changes accounts with the <see cref="AccountRules"/> checked first; a refusal is an
/// <see cref="AccountException"/> and changes nothing. The last active admin can be neither
/// disabled nor given another role, so the lab cannot lock itself out. Every change is saved with
/// the acting user's login name and a reason, so it appears in the audit trail (see
/// <see cref="ChandlerLoop.Data.Audit.AuditPolicy"/>: the password hash only as "(set)"/"(changed)").
/// A blank reason is recorded as <see cref="NoReasonGiven"/>.
/// </summary>
internal sealed class AccountService
{
    /// <summary>The reason recorded when the person changing an account gave none.</summary>
    public const string NoReasonGiven = "(no reason given)";

    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    public AccountService(ChandlerDbContextFactory databases, TimeProvider clock)
    {
        _databases = databases;
        _clock = clock;
    }

    /// <summary>True when at least one active admin account exists.</summary>
    public async Task<bool> HasActiveAdminAsync(CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        return await db.Users.AnyAsync(u => u.Role == UserRole.Admin && u.IsActive, ct).ConfigureAwait(false);
    }

    /// <summary>All accounts, by login name.</summary>
    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        return await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Creates an account as <paramref name="actingUserName"/>; every rule broken is reported at once.</summary>
    public async Task<User> CreateAsync(
        string userName, string fullName, UserRole role, string password, string passwordAgain, string actingUserName, CancellationToken ct = default)
    {
        RequireActingUser(actingUserName);
        userName = (userName ?? "").Trim();
        fullName = (fullName ?? "").Trim();
        var problems = new List<string>();
        if (AccountRules.CheckUserName(userName) is { } badName)
        {
            problems.Add("Login name: " + badName);
        }

        if (AccountRules.CheckFullName(fullName) is { } badFullName)
        {
            problems.Add("Full name: " + badFullName);
        }

        CheckNewPassword(password, passwordAgain, userName, problems);
        if (!Enum.IsDefined(role))
        {
            problems.Add("Role: choose operator, lab manager or admin.");
        }

        if (problems.Count > 0)
        {
            throw new AccountException(string.Join(" ", problems));
        }

        await using var db = Open(actingUserName);
        if (await db.Users.AnyAsync(u => u.UserName == userName, ct).ConfigureAwait(false))
        {
            throw new AccountException("Login name: '" + userName + "' is taken; choose another (accounts are never deleted, a disabled one keeps its name).");
        }

        var user = new User
        {
            UserName = userName,
            FullName = fullName,
            Role = role,
            PasswordHash = PasswordHasher.Hash(password),
            IsActive = true,
            CreatedAtUtc = _clock.GetUtcNow().UtcDateTime,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return user;
    }

    /// <summary>Enables or disables an account as <paramref name="actingUserName"/>, for <paramref name="reason"/>.</summary>
    public async Task SetActiveAsync(long userId, bool active, string actingUserName, string? reason, CancellationToken ct = default)
    {
        await using var db = Open(actingUserName);
        var user = await FindAsync(db, userId, ct).ConfigureAwait(false);
        if (!active && user.Role == UserRole.Admin && await IsLastAdminAsync(db, user, ct).ConfigureAwait(false))
        {
            throw new AccountException("'" + user.UserName + "' is the last active admin: make another account admin first.");
        }

        user.IsActive = active;
        await db.SaveChangesAsync(ReasonOrDefault(reason), ct).ConfigureAwait(false);
    }

    /// <summary>Gives an account another role as <paramref name="actingUserName"/>, for <paramref name="reason"/>.</summary>
    public async Task SetRoleAsync(long userId, UserRole role, string actingUserName, string? reason, CancellationToken ct = default)
    {
        RequireActingUser(actingUserName);
        if (!Enum.IsDefined(role))
        {
            throw new AccountException("Role: choose operator, lab manager or admin.");
        }

        await using var db = Open(actingUserName);
        var user = await FindAsync(db, userId, ct).ConfigureAwait(false);
        if (user.Role == UserRole.Admin && role != UserRole.Admin && await IsLastAdminAsync(db, user, ct).ConfigureAwait(false))
        {
            throw new AccountException("'" + user.UserName + "' is the last active admin: make another account admin first.");
        }

        user.Role = role;
        await db.SaveChangesAsync(ReasonOrDefault(reason), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets a new password as <paramref name="actingUserName"/> (an admin resetting it, or the person
    /// changing their own), for <paramref name="reason"/>. It also ends a lock-out and clears the count
    /// of wrong passwords: the person now has a password they know.
    /// </summary>
    public async Task SetPasswordAsync(long userId, string password, string passwordAgain, string actingUserName, string? reason, CancellationToken ct = default)
    {
        await using var db = Open(actingUserName);
        var user = await FindAsync(db, userId, ct).ConfigureAwait(false);
        var problems = new List<string>();
        CheckNewPassword(password, passwordAgain, user.UserName, problems);
        if (problems.Count > 0)
        {
            throw new AccountException(string.Join(" ", problems));
        }

        user.PasswordHash = PasswordHasher.Hash(password);
        user.FailedSignInCount = 0;
        user.LockoutEndUtc = null;
        await db.SaveChangesAsync(ReasonOrDefault(reason), ct).ConfigureAwait(false);
    }

    /// <summary>Ends a lock-out (see <see cref="SignInLockout"/>) as <paramref name="actingUserName"/>, for <paramref name="reason"/>.</summary>
    public async Task UnlockAsync(long userId, string actingUserName, string? reason, CancellationToken ct = default)
    {
        await using var db = Open(actingUserName);
        var user = await FindAsync(db, userId, ct).ConfigureAwait(false);
        if (user.LockoutEndUtc is null && user.FailedSignInCount == 0)
        {
            throw new AccountException("'" + user.UserName + "' is not locked; nothing was changed.");
        }

        user.LockoutEndUtc = null;
        user.FailedSignInCount = 0;
        await db.SaveChangesAsync(ReasonOrDefault(reason), ct).ConfigureAwait(false);
    }

    private ChandlerDbContext Open(string actingUserName)
    {
        RequireActingUser(actingUserName);
        var db = _databases.CreateDbContext();
        db.ActingUserName = actingUserName;
        db.Clock = _clock;
        return db;
    }

    private static void RequireActingUser(string actingUserName)
    {
        if (string.IsNullOrWhiteSpace(actingUserName))
        {
            throw new ArgumentException("account changes are recorded with the acting user's login name; none was given.", nameof(actingUserName));
        }
    }

    private static string ReasonOrDefault(string? reason) => string.IsNullOrWhiteSpace(reason) ? NoReasonGiven : reason.Trim();

    private static void CheckNewPassword(string password, string passwordAgain, string userName, List<string> problems)
    {
        if (AccountRules.CheckPassword(password ?? "", userName) is { } badPassword)
        {
            problems.Add("Password: " + badPassword);
        }
        else if (!string.Equals(password, passwordAgain, StringComparison.Ordinal))
        {
            problems.Add("Password: the two entries differ; type the same password twice.");
        }
    }

    private static async Task<User> FindAsync(ChandlerDbContext db, long userId, CancellationToken ct) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct).ConfigureAwait(false)
            ?? throw new AccountException("no account with id " + userId + "; reload the page.");

    private static async Task<bool> IsLastAdminAsync(ChandlerDbContext db, User user, CancellationToken ct) =>
        !await db.Users.AnyAsync(u => u.Role == UserRole.Admin && u.IsActive && u.Id != user.Id, ct).ConfigureAwait(false);
}
