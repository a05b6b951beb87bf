using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChandlerLoop.Data;

/// <summary>
/// Creates contexts for the configured provider. The model differs from the last hand-written
/// migration only in ways EF cannot see without a model snapshot, so PendingModelChangesWarning is
/// ignored explicitly; the schema tests prove migrations and model agree.
/// </summary>
public sealed class ChandlerDbContextFactory
{
    private readonly DbContextOptions _options;

    /// <summary>Creates the factory; throws <see cref="ArgumentException"/> for invalid options.</summary>
    public ChandlerDbContextFactory(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var error = options.Validate();
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(options));
        }

        Options = options;
        _options = options.Provider == DatabaseProvider.Sqlite ? BuildSqlite(options.SqliteFilePath!) : BuildPostgres(options.PostgresConnectionString!);
    }

    /// <summary>The options in use.</summary>
    public DatabaseOptions Options { get; }

    /// <summary>A new context (dispose it).</summary>
    public ChandlerDbContext CreateDbContext() => Options.Provider == DatabaseProvider.Sqlite
        ? new SqliteChandlerDbContext((DbContextOptions<SqliteChandlerDbContext>)_options)
        : new PostgresChandlerDbContext((DbContextOptions<PostgresChandlerDbContext>)_options);

    private static DbContextOptions<SqliteChandlerDbContext> BuildSqlite(string filePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(filePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            ForeignKeys = true,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
        return new DbContextOptionsBuilder<SqliteChandlerDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteConnectionSetup())
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
    }

    private static DbContextOptions<PostgresChandlerDbContext> BuildPostgres(string connectionString) =>
        new DbContextOptionsBuilder<PostgresChandlerDbContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
}
