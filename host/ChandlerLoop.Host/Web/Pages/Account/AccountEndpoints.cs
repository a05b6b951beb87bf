using ChandlerLoop.Host.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace ChandlerLoop.Host.Web.Pages.Account;

/// <summary>HTTP endpoints of the account feature: sign-out (a form POST with the anti-forgery token).</summary>
internal static class AccountEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(WebApplication app)
    {
        app.MapPost("/signout", async (SignInManager<ChandlerIdentityUser> signIns) =>
        {
            await signIns.SignOutAsync().ConfigureAwait(false);
            return TypedResults.LocalRedirect("/signin");
        });
    }
}
