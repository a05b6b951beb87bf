using System.Security.Cryptography;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>
/// The first admin account is created on <c>/first-run</c> with a one-time token that the host
/// prints on its console at start, so that only the person who started the host (not anyone who
/// can reach the port) can claim the installation. The token is spent once an admin exists. The audit
/// trail records that account as created by <see cref="ActingUserName"/> (nobody is signed in yet).
/// </summary>
internal sealed class FirstRunGate
{
    /// <summary>The acting user recorded in the audit trail for the admin account made on the first-run page.</summary>
    public const string ActingUserName = "first-run";

    private volatile string? _token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>The token while the installation has no admin, else null.</summary>
    public string? Token => _token;

    /// <summary>True when <paramref name="token"/> is the current token.</summary>
    public bool Accepts(string? token)
    {
        var current = _token;
        return current is not null && token is not null
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(current), System.Text.Encoding.ASCII.GetBytes(token));
    }

    /// <summary>Spends the token: an admin now exists.</summary>
    public void Close() => _token = null;
}
