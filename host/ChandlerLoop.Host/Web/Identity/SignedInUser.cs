using System.Globalization;
using System.Security.Claims;
using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>A signed-in person.</summary>
/// <param name="Id">Key of the user row.</param>
/// <param name="UserName">Login name.</param>
/// <param name="FullName">Printed name.</param>
/// <param name="Role">The account's role.</param>
internal sealed record SignedInUser(long Id, string UserName, string FullName, UserRole Role)
{
    /// <summary>Reads the claims written by <see cref="ChandlerClaimsFactory"/>; null when not signed in.</summary>
    public static SignedInUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !Enum.TryParse<UserRole>(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        return new SignedInUser(id, principal.FindFirstValue(ClaimTypes.Name) ?? "", principal.FindFirstValue(ChandlerClaimsFactory.FullNameClaim) ?? "", role);
    }
}
