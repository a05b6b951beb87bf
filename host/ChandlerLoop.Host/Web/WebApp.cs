using ChandlerLoop.Data;
using ChandlerLoop.Host.Web.Components;
using ChandlerLoop.Host.Web.Hosting;
using ChandlerLoop.Host.Web.Identity;
using ChandlerLoop.Host.Web.Pages.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Radzen;

namespace ChandlerLoop.Host.Web;

/// <summary>
/// Wiring of the web host only: services, authentication, the Blazor components and the HTTP
/// endpoints. Pages live in <c>Web/Pages/&lt;feature&gt;</c>; the rig side is <see cref="RigRuntime"/>.
/// </summary>
internal static class WebApp
{
    /// <summary>Builds the app on an opened (migrated) database.</summary>
    public static WebApplication Build(WebServeOptions options, ChandlerDbContextFactory databases)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            Args = [],
        });
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        if (!options.Quiet)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
            // The keys are in the data folder, protected by its file permissions, not encrypted at rest.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        }

        var runtime = new RigRuntime(options, databases);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(databases);
        services.AddSingleton(runtime);
        services.AddSingleton<TimeProvider>(runtime.Clock);
        services.AddHostedService<RigRuntimeHostedService>();
        services.AddSingleton<FirstRunGate>();
        services.AddSingleton(new PhotoFolder(Path.Combine(options.DataFolder, "photos")));
        services.AddScoped<AccountService>();
        services.AddScoped<CurrentUser>();
        AddIdentity(services);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddAntiforgery();
        // Sign-in cookies survive a restart of the host: the keys live in the data folder.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataFolder, "keys"))).SetApplicationName("ChandlerLoop");
        services.AddHttpContextAccessor();
        WebServices.AddPageServices(services, runtime);

        var app = builder.Build();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        BlazorClientScript.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        AccountEndpoints.Map(app);
        WebServices.MapPageEndpoints(app);
        return app;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationState>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<ChandlerIdentityUser>(o =>
            {
                o.Password.RequiredLength = AccountRules.MinimumPasswordLength;
                o.User.RequireUniqueEmail = false;
            })
            .AddUserStore<ChandlerUserStore>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ChandlerClaimsFactory>();
        services.AddSingleton<IPasswordHasher<ChandlerIdentityUser>, ChandlerPasswordHasher>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = "chandler.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
    }
}
