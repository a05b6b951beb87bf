using System.Globalization;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>
/// Identity's user store over the <c>Users</c> table. Disabled accounts are not found (so they
/// cannot sign in and their open sessions fail the periodic re-validation). Accounts are never
/// deleted: records refer to them. Creating and changing accounts goes through
/// <see cref="AccountService"/>, which checks the rules first and records who made the change; a
/// change Identity itself saves here is audited as <see cref="ActingUserName"/>. Sign-in goes through
/// <see cref="ChandlerLoop.Data.Security.SignInLockout"/> (wrong-password count and lock-out).
/// </summary>
internal sealed class ChandlerUserStore : IUserPasswordStore<ChandlerIdentityUser>, IUserRoleStore<ChandlerIdentityUser>
{
    /// <summary>The acting user recorded for account changes ASP.NET Core Identity saves through this store.</summary>
    public const string ActingUserName = "system:identity";

    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;

    /// <summary>Creates the store.</summary>
    public ChandlerUserStore(ChandlerDbContextFactory databases, TimeProvider clock)
    {
        _databases = databases;
        _clock = clock;
    }

    /// <inheritdoc />
    public async Task<ChandlerIdentityUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        await using var db = _databases.CreateDbContext();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.IsActive, cancellationToken).ConfigureAwait(false);
        return user is null ? null : ChandlerIdentityUser.From(user);
    }

    /// <inheritdoc />
    public async Task<ChandlerIdentityUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken)
    {
        // Login names are lower case by rule; the normalizer upper-cases.
        var name = normalizedUserName.ToLowerInvariant();
        await using var db = _databases.CreateDbContext();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name && u.IsActive, cancellationToken).ConfigureAwait(false);
        return user is null ? null : ChandlerIdentityUser.From(user);
    }

    /// <inheritdoc />
    public async Task<IdentityResult> CreateAsync(ChandlerIdentityUser user, CancellationToken cancellationToken)
    {
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = ActingUserName;
        if (await db.Users.AnyAsync(u => u.UserName == user.UserName, cancellationToken).ConfigureAwait(false))
        {
            return IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = "user '" + user.UserName + "' already exists." });
        }

        db.Users.Add(new User
        {
            UserName = user.UserName,
            FullName = user.FullName,
            Role = user.Role,
            PasswordHash = user.PasswordHash,
            IsActive = user.IsActive,
            CreatedAtUtc = _clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return IdentityResult.Success;
    }

    /// <inheritdoc />
    public async Task<IdentityResult> UpdateAsync(ChandlerIdentityUser user, CancellationToken cancellationToken)
    {
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = ActingUserName;
        var row = await db.Users.FirstOrDefaultAsync(u => u.Id == user.Id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownUser", Description = "no user with id " + user.Id + "." });
        }

        row.FullName = user.FullName;
        row.Role = user.Role;
        row.PasswordHash = user.PasswordHash;
        row.IsActive = user.IsActive;
        await db.SaveChangesAsync("saved by the sign-in system (ASP.NET Core Identity)", cancellationToken).ConfigureAwait(false);
        return IdentityResult.Success;
    }

    /// <summary>Accounts are never deleted (signatures and audit entries refer to them): disable instead.</summary>
    public Task<IdentityResult> DeleteAsync(ChandlerIdentityUser user, CancellationToken cancellationToken) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "NoDelete", Description = "accounts are never deleted; disable the account instead." }));

    /// <inheritdoc />
    public Task<string> GetUserIdAsync(ChandlerIdentityUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.Id.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public Task<string?> GetUserNameAsync(ChandlerIdentityUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    /// <inheritdoc />
    public Task SetUserNameAsync(ChandlerIdentityUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? "";
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<string?> GetNormalizedUserNameAsync(ChandlerIdentityUser user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.UserName.ToUpperInvariant());

    /// <summary>The normalized name is derived from the login name, not stored.</summary>
    public Task SetNormalizedUserNameAsync(ChandlerIdentityUser user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task SetPasswordHashAsync(ChandlerIdentityUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash ?? "";
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<string?> GetPasswordHashAsync(ChandlerIdentityUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.PasswordHash);

    /// <inheritdoc />
    public Task<bool> HasPasswordAsync(ChandlerIdentityUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash.Length > 0);

    /// <summary>Roles are fixed per account and changed on the users page, not through Identity.</summary>
    public Task AddToRoleAsync(ChandlerIdentityUser user, string roleName, CancellationToken cancellationToken) =>
        throw new NotSupportedException("an account has exactly one role; change it on the users page.");

    /// <summary>Roles are fixed per account and changed on the users page, not through Identity.</summary>
    public Task RemoveFromRoleAsync(ChandlerIdentityUser user, string roleName, CancellationToken cancellationToken) =>
        throw new NotSupportedException("an account has exactly one role; change it on the users page.");

    /// <inheritdoc />
    public Task<IList<string>> GetRolesAsync(ChandlerIdentityUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IList<string>>([user.Role.ToString()]);

    /// <inheritdoc />
    public Task<bool> IsInRoleAsync(ChandlerIdentityUser user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(string.Equals(user.Role.ToString(), roleName, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public async Task<IList<ChandlerIdentityUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<UserRole>(roleName, ignoreCase: true, out var role))
        {
            return [];
        }

        await using var db = _databases.CreateDbContext();
        var users = await db.Users.AsNoTracking().Where(u => u.Role == role && u.IsActive).ToListAsync(cancellationToken).ConfigureAwait(false);
        return users.Select(ChandlerIdentityUser.From).ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing held: a context per call.
    }
}
