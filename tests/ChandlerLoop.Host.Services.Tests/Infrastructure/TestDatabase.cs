using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Infrastructure;

/// <summary>A migrated SQLite file in its own temp folder, deleted on dispose.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private TestDatabase(string folder, ChandlerDbContextFactory factory)
    {
        _folder = folder;
        Factory = factory;
    }

    public ChandlerDbContextFactory Factory { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chandler-services-" + Guid.NewGuid().ToString("N"));
        var factory = new ChandlerDbContextFactory(DatabaseOptions.ForDataFolder(folder));
        await new DatabaseMigrator(factory).MigrateAsync();
        return new TestDatabase(folder, factory);
    }

    /// <summary>Adds a run with key <paramref name="runKey"/> on rig <paramref name="rigKey"/> (the rig is created when new).</summary>
    public async Task SeedRunAsync(string rigKey, string runKey)
    {
        await using var db = Factory.CreateDbContext();
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

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
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
