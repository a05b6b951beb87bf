using Microsoft.AspNetCore.Components.Authorization;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>
/// The signed-in person as pages need it: login name (what services record as the acting user),
/// full name and role. Pages still declare their roles with <c>[Authorize]</c>; services re-check
/// what they guard (signatures, locked runs) against the database.
/// </summary>
internal sealed class CurrentUser
{
    private readonly AuthenticationStateProvider _state;

    /// <summary>Creates the accessor.</summary>
    public CurrentUser(AuthenticationStateProvider state) => _state = state;

    /// <summary>The signed-in user; throws when nobody is (pages are behind <c>[Authorize]</c>).</summary>
    public async Task<SignedInUser> GetAsync()
    {
        var principal = (await _state.GetAuthenticationStateAsync().ConfigureAwait(false)).User;
        return SignedInUser.From(principal) ?? throw new InvalidOperationException("nobody is signed in.");
    }
}
