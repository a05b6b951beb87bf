using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>The sign-in cookie's claims: id, login name, full name and the one role.</summary>
internal sealed class ChandlerClaimsFactory : IUserClaimsPrincipalFactory<ChandlerIdentityUser>
{
    /// <summary>Claim type of the printed full name.</summary>
    public const string FullNameClaim = "chandler:full_name";

    /// <inheritdoc />
    public Task<ClaimsPrincipal> CreateAsync(ChandlerIdentityUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName));
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        return Task.FromResult(new ClaimsPrincipal(identity));
    }
}
