namespace ChandlerLoop.Data.Entities;

/// <summary>
/// An individual user account. The password is stored only as a PBKDF2-HMAC-SHA256 hash
/// (see <see cref="Security.PasswordHasher"/>); <see cref="UserName"/> is unique.
/// </summary>
public sealed class User
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Login name, unique.</summary>
    public string UserName { get; set; } = "";

    /// <summary>Full printed name, used on signatures.</summary>
    public string FullName { get; set; } = "";

    /// <summary>Role.</summary>
    public UserRole Role { get; set; }

    /// <summary>Encoded password hash ("pbkdf2-sha256$iterations$salt$hash", base64).</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>False once the account is disabled (accounts are never deleted: records refer to them).</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>When the account was created, UTC.</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// Wrong passwords given in a row since the last successful sign-in or lock-out (see
    /// <see cref="Security.SignInLockout"/>); not audited (a counter, not a decision).
    /// </summary>
    public int FailedSignInCount { get; set; }

    /// <summary>Until when sign-in is refused after too many wrong passwords, UTC; null or past when not locked.</summary>
    public DateTime? LockoutEndUtc { get; set; }
}
