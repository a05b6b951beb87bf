using System.Security.Claims;
using ChandlerLoop.Data;
using ChandlerLoop.Host.Services.Acceptance;
using ChandlerLoop.Host.Services.Review;
using ChandlerLoop.Host.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using Radzen;

namespace ChandlerLoop.Benchmarks.Review;

/// <summary>
/// Renders components of the web app to HTML on the server with <see cref="HtmlRenderer"/>, with
/// the services the review page injects and a signed-in lab manager: the server's share of opening
/// the page (database reads, downsampling, component tree, chart SVG), without the browser.
/// </summary>
internal sealed class ReviewRendering : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    /// <summary>Creates the renderer over <paramref name="databases"/>.</summary>
    public ReviewRendering(ChandlerDbContextFactory databases, long managerId, string managerUserName)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(databases);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new SignatureService(databases));
        services.AddSingleton(new AcceptanceService(databases));
        services.AddSingleton(new DeviationDispositionService(databases));
        services.AddSingleton<AuthenticationStateProvider>(new ManagerState(managerId, managerUserName));
        services.AddSingleton<CurrentUser>();
        services.AddSingleton<NavigationManager, BenchNavigation>();
        services.AddSingleton<IJSRuntime, NoJavaScript>();
        services.AddRadzenComponents();
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>Renders <typeparamref name="TComponent"/> with <paramref name="parameters"/> once it has loaded; returns the HTML length.</summary>
    public Task<int> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            await output.QuiescenceTask;
            return output.ToHtmlString().Length;
        });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    private sealed class ManagerState(long id, string userName) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync()
        {
            var identity = new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Claim(ClaimTypes.Name, userName),
                    new Claim(ChandlerClaimsFactory.FullNameClaim, "Bench Manager"),
                    new Claim(ClaimTypes.Role, ChandlerRoles.LabManager),
                ], "bench", ClaimTypes.Name, ClaimTypes.Role);
            return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity)));
        }
    }

    private sealed class BenchNavigation : NavigationManager
    {
        public BenchNavigation() => Initialize("http://127.0.0.1/", "http://127.0.0.1/runs/1/review");
    }

    // Server-side rendering makes no JavaScript calls that matter here; a call would be a render
    // after the first, which the benchmark does not measure.
    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
    }
}
