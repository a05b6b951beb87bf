using ChandlerLoop.Data;
using ChandlerLoop.Host.Web.Pages.Runs.List;

namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>Registers the queries of the runs list, compare and product pages.</summary>
public static class ListsServices
{
    /// <summary>Adds <see cref="RunListQuery"/> and <see cref="LoopSnapshotQuery"/> (scoped; each opens a context per call).</summary>
    public static void Add(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped(sp => new RunListQuery(sp.GetRequiredService<ChandlerDbContextFactory>()));
        services.AddScoped(sp => new LoopSnapshotQuery(sp.GetRequiredService<ChandlerDbContextFactory>()));
    }
}
