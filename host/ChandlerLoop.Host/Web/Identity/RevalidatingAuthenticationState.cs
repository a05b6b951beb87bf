using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>
/// Re-checks an open interactive session every minute: a disabled account, or one whose role was
/// changed, loses the session (its pages show the sign-in prompt again).
/// </summary>
internal sealed class RevalidatingAuthenticationState : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory _scopes;

    /// <summary>Creates the provider.</summary>
    public RevalidatingAuthenticationState(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
        : base(loggerFactory) => _scopes = scopes;

    /// <inheritdoc />
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return false;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChandlerIdentityUser>>();
        var user = await users.FindByIdAsync(id).ConfigureAwait(false);
        return user is not null && principal.IsInRole(user.Role.ToString());
    }
}
