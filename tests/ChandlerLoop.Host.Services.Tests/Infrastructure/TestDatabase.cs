using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Infrastructure;

/// <summary>
/// A migrated database of its own: a SQLite file in a temp folder (deleted on dispose), or, when
/// CHANDLER_TEST_POSTGRES holds a server's connection string (test.sh runs this suite a second time
/// under tests/scripts/with-postgres.sh), a new database on that PostgreSQL server.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private TestDatabase(string folder, ChandlerDbContextFactory factory)
    {
        _folder = folder;
        Factory = factory;
    }

    /// <summary>Environment variable with a PostgreSQL server's connection string (no database name).</summary>
    public const string PostgresVariable = "CHANDLER_TEST_POSTGRES";

    public ChandlerDbContextFactory Factory { get; }

    public DatabaseProvider Provider => Factory.Options.Provider;

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chandler-services-" + Guid.NewGuid().ToString("N"));
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        var options = string.IsNullOrWhiteSpace(server)
            ? DatabaseOptions.ForDataFolder(folder)
            : DatabaseOptions.ForPostgres(server + ";Database=t" + Guid.NewGuid().ToString("N"));
        var factory = new ChandlerDbContextFactory(options);
        await new DatabaseMigrator(factory).MigrateAsync();
        return new TestDatabase(folder, factory);
    }

    /// <summary>Adds a run with key <paramref name="runKey"/> on rig <paramref name="rigKey"/> (the rig is created when new).</summary>
    public async Task SeedRunAsync(string rigKey, string runKey)
    {
        await using var db = Factory.CreateDbContext();
        db.ActingUserName = "alice";
        var now = DateTime.UtcNow;
        var rig = await db.Rigs.FirstOrDefaultAsync(r => r.RigKey == rigKey) ?? new Rig { RigKey = rigKey, Name = "Bench " + rigKey };
        var user = await db.Users.FirstOrDefaultAsync() ?? new User { UserName = "alice", FullName = "Alice Operator", Role = UserRole.Operator, PasswordHash = "x", CreatedAtUtc = now };
        var protocol = await db.ProtocolTemplates.FirstOrDefaultAsync() ?? new ProtocolTemplate { Name = "MSC loop 30 min", Version = 1, MarkerPanel = "PLT", CreatedAtUtc = now };
        db.Runs.Add(new Run { RunKey = runKey, Rig = rig, Operator = user, ProtocolTemplate = protocol, State = RunState.PreWarming, CreatedAtUtc = now });
        await db.SaveChangesAsync();
    }

    /// <summary>The stored telemetry of a run, by sequence.</summary>
    public async Task<List<TelemetryPoint>> TelemetryAsync(string runKey)
    {
        await using var db = Factory.CreateDbContext();
        return await db.TelemetryPoints.AsNoTracking().Where(t => t.Run!.RunKey == runKey).OrderBy(t => t.Sequence).ToListAsync();
    }

    public async Task<List<Data.Entities.RigEvent>> EventsAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.RigEvents.AsNoTracking().Include(e => e.Rig).Include(e => e.Run).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<Rig?> RigAsync(string rigKey)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Rigs.AsNoTracking().FirstOrDefaultAsync(r => r.RigKey == rigKey);
    }

    /// <summary>Runs raw SQL (e.g. a trigger that makes inserts fail, to simulate a database refusing writes).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var db = Factory.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>
    /// Makes the database refuse inserts into <paramref name="table"/> (all rows, or those whose
    /// <paramref name="column"/> equals <paramref name="value"/>) with a trigger named
    /// <paramref name="name"/>, to simulate a database refusing writes; <see cref="AllowInsertsAsync"/> removes it.
    /// </summary>
    public Task RefuseInsertsAsync(string name, string table, string? column = null, string? value = null)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var when = column is null ? "" : " WHEN NEW." + column + " = '" + value + "'";
            return ExecuteAsync("CREATE TRIGGER " + name + " BEFORE INSERT ON " + table + when
                + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
        }

        var pgWhen = column is null ? "" : " WHEN (NEW.\"" + column + "\" = '" + value + "')";
        return ExecuteAsync("CREATE FUNCTION " + name + "_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$; "
            + "CREATE TRIGGER " + name + " BEFORE INSERT ON \"" + table + "\" FOR EACH ROW" + pgWhen + " EXECUTE FUNCTION " + name + "_refuse();");
    }

    /// <summary>Removes a trigger made by <see cref="RefuseInsertsAsync"/>.</summary>
    public Task AllowInsertsAsync(string name, string table) => Provider == DatabaseProvider.Sqlite
        ? ExecuteAsync("DROP TRIGGER " + name + ";")
        : ExecuteAsync("DROP TRIGGER " + name + " ON \"" + table + "\";");

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Provider == DatabaseProvider.Postgres)
        {
            // Every test has its own database, so its own pool: close the idle connections now.
            Npgsql.NpgsqlConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
