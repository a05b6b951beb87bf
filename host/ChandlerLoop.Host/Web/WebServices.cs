using ChandlerLoop.Data;
using ChandlerLoop.Host.Services.Acceptance;
using ChandlerLoop.Host.Services.Metrics;
using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Services.Review;
using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Host.Web.Hosting;

namespace ChandlerLoop.Host.Web;

/// <summary>
/// The host services the pages use, one scope per circuit (they are cheap: each opens a database
/// context per call), and the HTTP endpoints of the features (exports). Each feature adds its
/// registrations here, one line each.
/// </summary>
internal static class WebServices
{
    /// <summary>Registers the services of the pages; the rig services are <paramref name="runtime"/>'s.</summary>
    public static void AddPageServices(IServiceCollection services, RigRuntime runtime)
    {
        services.AddScoped(sp => new RunSetupService(sp.GetRequiredService<ChandlerDbContextFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new ProtocolTemplateService(sp.GetRequiredService<ChandlerDbContextFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new ResultEntryService(sp.GetRequiredService<ChandlerDbContextFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<PhotoFolder>().Path));
        services.AddScoped(sp => new MarkerCsvImporter(sp.GetRequiredService<ChandlerDbContextFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new RunMetricsService(sp.GetRequiredService<ChandlerDbContextFactory>()));
        services.AddScoped(sp => new AcceptanceService(sp.GetRequiredService<ChandlerDbContextFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new SignatureService(sp.GetRequiredService<ChandlerDbContextFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WebServeOptions>().Signatures));
        services.AddScoped(sp => new DeviationDispositionService(sp.GetRequiredService<ChandlerDbContextFactory>(), sp.GetRequiredService<TimeProvider>()));
        // Instances, not factories: the container disposes what a factory made when the scope (a
        // prerender request, a circuit) ends, which would stop the one orchestrator of the host.
        services.AddSingleton(runtime.Orchestrator);
        services.AddSingleton(runtime.Registry);
        Analysis.ListsServices.Add(services);
        Identity.LockoutServices.Add(services);
    }

    /// <summary>Maps the HTTP endpoints of the features.</summary>
    public static void MapPageEndpoints(WebApplication app)
    {
        Pages.Runs.Export.RunExportEndpoints.Map(app);
        Pages.Runs.Results.ClotPhotoEndpoints.Map(app);
    }
}
