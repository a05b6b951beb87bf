using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data.Tests.Migrations;

/// <summary>
/// The hand-written migrations of a provider against the model, on a real database: the schema they
/// build equals the one EnsureCreated builds from the model, and applying them again changes nothing.
/// </summary>
public abstract class MigrationTests
{
    internal static readonly string[] AllMigrations =
    {
        "20260301000000_InitialSchema", "20261122000000_RunWorkflow", "20261122120000_AccountLockout", "20261122130000_SetupRecords",
    };

    protected abstract IDatabaseSource Source { get; }

    protected abstract List<string> ReadSchema(DatabaseOptions options);

    [Fact]
    public async Task Migrations_build_exactly_the_schema_of_the_model()
    {
        var migrated = Source.NewDatabase();
        var applied = await new DatabaseMigrator(new ChandlerDbContextFactory(migrated)).MigrateAsync();
        Assert.Equal(AllMigrations, applied);

        var fromModel = Source.NewDatabase();
        await using (var db = new ChandlerDbContextFactory(fromModel).CreateDbContext())
        {
            Assert.True(await db.Database.EnsureCreatedAsync());
        }

        var expected = ReadSchema(fromModel);
        var actual = ReadSchema(migrated);
        // Guard against comparing two empty or partial catalogs.
        Assert.Equal(14, expected.Count(l => l.StartsWith("table ", StringComparison.Ordinal)));
        Assert.Contains(expected, l => l.Contains("TelemetryPoints", StringComparison.Ordinal) && l.Contains("Sequence", StringComparison.Ordinal) && l.StartsWith("index ", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.StartsWith("check ", StringComparison.Ordinal) && l.Contains("CK_ClotScores_Score", StringComparison.Ordinal));
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }

    [Fact]
    public async Task Migrating_an_up_to_date_database_again_is_a_no_op_and_keeps_data()
    {
        var options = Source.NewDatabase();
        var migrator = new DatabaseMigrator(new ChandlerDbContextFactory(options));
        await migrator.MigrateAsync();
        var factory = new ChandlerDbContextFactory(options);
        await using (var db = factory.CreateDbContext())
        {
            db.Rigs.Add(new Rig { RigKey = "rig-1", Name = "Bench 1" });
            await db.SaveChangesAsync();
        }

        var schemaBefore = ReadSchema(options);
        var appliedAgain = await migrator.MigrateAsync();

        Assert.Empty(appliedAgain);
        Assert.Equal(schemaBefore, ReadSchema(options));
        await using var check = factory.CreateDbContext();
        Assert.Equal("Bench 1", (await check.Rigs.SingleAsync()).Name);
        Assert.Equal(AllMigrations, await check.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_migration_set_of_the_provider_is_found_and_no_other()
    {
        var options = Source.NewDatabase();
        await using var db = new ChandlerDbContextFactory(options).CreateDbContext();
        var all = db.Database.GetMigrations().ToList();
        Assert.Equal(AllMigrations, all);
    }
}

public sealed class SqliteMigrationTests : MigrationTests, IDisposable
{
    private readonly SqliteDatabaseSource _source = new();

    protected override IDatabaseSource Source => _source;

    protected override List<string> ReadSchema(DatabaseOptions options)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return SchemaIntrospector.ReadSqlite(options.SqliteFilePath!);
    }

    public void Dispose() => _source.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests : MigrationTests
{
    public PostgresMigrationTests(PostgresServer server) => Source = new PostgresDatabaseSource(server);

    protected override IDatabaseSource Source { get; }

    protected override List<string> ReadSchema(DatabaseOptions options) => SchemaIntrospector.ReadPostgres(options.PostgresConnectionString!);
}
