using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>
/// The ASP.NET Core Identity view of a row of the <c>Users</c> table (<see cref="User"/>): the
/// web sign-in, the command line and electronic signatures share one account store.
/// </summary>
internal sealed class ChandlerIdentityUser
{
    /// <summary>Key of the <see cref="User"/> row.</summary>
    public long Id { get; init; }

    /// <summary>Login name.</summary>
    public string UserName { get; set; } = "";

    /// <summary>Full printed name (signatures).</summary>
    public string FullName { get; set; } = "";

    /// <summary>The account's one role.</summary>
    public UserRole Role { get; set; }

    /// <summary>PBKDF2 hash (see <see cref="ChandlerLoop.Data.Security.PasswordHasher"/>).</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>False once disabled: it can no longer sign in, and open sessions end.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Copies a database row.</summary>
    public static ChandlerIdentityUser From(User user) => new()
    {
        Id = user.Id,
        UserName = user.UserName,
        FullName = user.FullName,
        Role = user.Role,
        PasswordHash = user.PasswordHash,
        IsActive = user.IsActive,
    };
}
