using System.Diagnostics;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Benchmarks.Ingest;

/// <summary>
/// A fresh, migrated SQLite database in a temp folder with one rig and one run (state Running) per
/// simulated rig, so every record published belongs to a run that exists. Deleted on dispose.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private BenchmarkDatabase(string folder, ChandlerDbContextFactory factory, long[] runIds)
    {
        _folder = folder;
        Factory = factory;
        RunIds = runIds;
        RigIndexByRunId = new Dictionary<long, int>(runIds.Length);
        for (var i = 0; i < runIds.Length; i++)
        {
            RigIndexByRunId.Add(runIds[i], i);
        }
    }

    public ChandlerDbContextFactory Factory { get; }

    /// <summary>Database id of the run of rig index i.</summary>
    public long[] RunIds { get; }

    public Dictionary<long, int> RigIndexByRunId { get; }

    public string FilePath => Factory.Options.SqliteFilePath!;

    public static string RigKey(int index) => "bench-" + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    public static string RunKey(int index) => "R-BENCH-" + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<BenchmarkDatabase> CreateAsync(int rigs)
    {
        var folder = Directory.CreateTempSubdirectory("chandler-ingest-bench-").FullName;
        var factory = new ChandlerDbContextFactory(DatabaseOptions.ForDataFolder(folder));
        await new DatabaseMigrator(factory).MigrateAsync();
        var now = DateTime.UtcNow;
        await using (var db = factory.CreateDbContext())
        {
            db.ActingUserName = "bench-setup";
            var user = new User { UserName = "bench", FullName = "Benchmark Operator", Role = UserRole.Operator, PasswordHash = "x", CreatedAtUtc = now };
            var protocol = new ProtocolTemplate { Name = "MSC loop 30 min", Version = 1, MarkerPanel = "PLT", CreatedAtUtc = now };
            for (var i = 0; i < rigs; i++)
            {
                var rig = new Rig { RigKey = RigKey(i), Name = "Bench " + i };
                db.Runs.Add(new Run { RunKey = RunKey(i), Rig = rig, Operator = user, ProtocolTemplate = protocol, State = RunState.Running, CreatedAtUtc = now });
            }

            await db.SaveChangesAsync();
        }

        await using (var db = factory.CreateDbContext())
        {
            var ids = await db.Runs.AsNoTracking().Where(r => r.RunKey.StartsWith("R-BENCH-")).OrderBy(r => r.RunKey).Select(r => r.Id).ToArrayAsync();
            return new BenchmarkDatabase(folder, factory, ids);
        }
    }

    public async Task<long> CountTelemetryAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.TelemetryPoints.LongCountAsync();
    }

    /// <summary>
    /// Adds a 4-hour run of <paramref name="points"/> 1 Hz records to rig 0's rig (one transaction), then
    /// times loading it for display (by run, ordered by seq, no tracking) <paramref name="repeats"/> times;
    /// the median and the number of rows loaded.
    /// </summary>
    public async Task<(double MedianMs, int Rows)> TimeLongRunLoadAsync(int points, int repeats)
    {
        long runId;
        await using (var db = Factory.CreateDbContext())
        {
            var template = await db.Runs.AsNoTracking().FirstAsync(r => r.Id == RunIds[0]);
            var run = new Run { RunKey = "R-BENCH-4H", RigId = template.RigId, OperatorUserId = template.OperatorUserId, ProtocolTemplateId = template.ProtocolTemplateId, State = RunState.Completed, CreatedAtUtc = DateTime.UtcNow };
            db.Runs.Add(run);
            await db.SaveChangesAsync();
            runId = run.Id;
        }

        await using (var db = Factory.CreateDbContext())
        {
            var start = DateTime.UtcNow.AddHours(-4);
            for (var i = 1; i <= points; i++)
            {
                db.TelemetryPoints.Add(new TelemetryPoint
                {
                    RunId = runId, Sequence = i, TimeSinceBootSeconds = i, ReceivedAtUtc = start.AddSeconds(i), State = "running",
                    ControlTemperatureCelsius = 37.01, SafetyTemperatureCelsius = 36.95, SetpointCelsius = 37, HeaterDutyCycle = 0.21,
                    DrumSpeedRpm = 30, DrumSpeedSetpointRpm = 30, ExposureSeconds = i, Fault = "none",
                });
            }

            await db.SaveChangesAsync();
        }

        var times = new List<double>();
        var rows = 0;
        for (var i = 0; i < repeats; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await using var db = Factory.CreateDbContext();
            var series = await db.TelemetryPoints.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Sequence).ToListAsync();
            stopwatch.Stop();
            rows = series.Count;
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], rows);
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
            // A temp folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
