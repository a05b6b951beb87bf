using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data.Tests;

public sealed class SqliteConnectionSetupTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task The_default_database_is_a_file_in_the_data_folder_in_wal_mode()
    {
        var dataFolder = _directory.File("app-data");
        var factory = new ChandlerDbContextFactory(DatabaseOptions.ForDataFolder(dataFolder));
        await new DatabaseMigrator(factory).MigrateAsync();

        Assert.True(File.Exists(Path.Combine(dataFolder, "chandler.db")));
        await using var db = factory.CreateDbContext();
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task Foreign_keys_are_enforced()
    {
        var factory = new ChandlerDbContextFactory(DatabaseOptions.ForSqliteFile(_directory.File("fk.db")));
        await new DatabaseMigrator(factory).MigrateAsync();
        await using var db = factory.CreateDbContext();
        db.TelemetryPoints.Add(new TelemetryPoint { RunId = 12345, Sequence = 1, State = "running", Fault = "none", ReceivedAtUtc = DateTime.UtcNow });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    public void Dispose() => _directory.Dispose();
}
