using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data;

/// <summary>The context on PostgreSQL; its migrations are under Migrations/Postgres.</summary>
public sealed class PostgresChandlerDbContext : ChandlerDbContext
{
    /// <summary>Creates the context (options from <see cref="ChandlerDbContextFactory"/>).</summary>
    public PostgresChandlerDbContext(DbContextOptions<PostgresChandlerDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc/>
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
