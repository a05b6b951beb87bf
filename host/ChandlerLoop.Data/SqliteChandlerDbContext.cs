using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data;

/// <summary>The context on SQLite; its migrations are under Migrations/Sqlite.</summary>
public sealed class SqliteChandlerDbContext : ChandlerDbContext
{
    /// <summary>Creates the context (options from <see cref="ChandlerDbContextFactory"/>).</summary>
    public SqliteChandlerDbContext(DbContextOptions<SqliteChandlerDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc/>
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
