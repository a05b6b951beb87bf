using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.EndToEnd.Tests.Infrastructure;

/// <summary>A migrated SQLite file in its own temp folder (as the host uses it), deleted on dispose.</summary>
internal sealed class EndToEndDatabase : IAsyncDisposable
{
    public const string OperatorUserName = "alice";

    private readonly string _folder;

    private EndToEndDatabase(string folder, ChandlerDbContextFactory factory)
    {
        _folder = folder;
        Factory = factory;
    }

    public ChandlerDbContextFactory Factory { get; }

    public static async Task<EndToEndDatabase> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("chandler-e2e-db-").FullName;
        var factory = new ChandlerDbContextFactory(DatabaseOptions.ForDataFolder(folder));
        await new DatabaseMigrator(factory).MigrateAsync();
        return new EndToEndDatabase(folder, factory);
    }

    /// <summary>
    /// A draft run of a 30-min protocol (37 °C, 30 rpm, samples at 0, 15 and 30 min, pre-warm band
    /// 0.3 °C held 60 s) on <paramref name="rigKey"/>, with one sample per loop and offset. Returns its id.
    /// </summary>
    public async Task<long> CreateDraftRunAsync(string rigKey, string runKey)
    {
        await using var db = Factory.CreateDbContext();
        db.ActingUserName = OperatorUserName;
        var now = DateTime.UtcNow;
        var rig = await db.Rigs.FirstOrDefaultAsync(r => r.RigKey == rigKey) ?? new Rig { RigKey = rigKey, Name = "Rig " + rigKey };
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == OperatorUserName)
            ?? new User { UserName = OperatorUserName, FullName = "Alice Operator", Role = UserRole.Operator, PasswordHash = "x", CreatedAtUtc = now };
        var template = await db.ProtocolTemplates.FirstOrDefaultAsync() ?? new ProtocolTemplate
        {
            Name = "MSC loop 30 min", Version = 1, SetpointCelsius = 37.0, SpeedRpm = 30.0, DurationMinutes = 30.0,
            SamplingOffsetsMinutes = "0,15,30", MarkerPanel = "PLT,TAT", PrewarmBandCelsius = 0.3, PrewarmHoldSeconds = 60, CreatedAtUtc = now,
        };
        var run = new Run
        {
            RunKey = runKey, Rig = rig, Operator = user, ProtocolTemplate = template, State = RunState.Draft, CreatedAtUtc = now, IsSimulated = true,
            ProtocolSnapshotJson = "{\"name\":\"MSC loop 30 min\",\"version\":1,\"setpointCelsius\":37,\"speedRpm\":30,\"durationMinutes\":30,\"samplingOffsetsMinutes\":[0,15,30]}",
        };
        db.Runs.Add(run);
        var donor = new Donor { PseudonymousId = "D-" + runKey, AboGroup = AboGroup.O, Anticoagulant = "heparin", AnticoagulantDoseIuPerMilliliter = 1.5, DrawnAtUtc = now };
        var loop = new Loop { Run = run, Position = 1, Role = LoopRole.NegativeControl, BloodVolumeMilliliters = 7, Donor = donor };
        db.Loops.Add(loop);
        var offsets = new[] { 0.0, 15.0, 30.0 };
        for (var i = 0; i < offsets.Length; i++)
        {
            db.Samples.Add(new Sample { Loop = loop, ScheduleIndex = i, PlannedOffsetMinutes = offsets[i] });
        }

        await db.SaveChangesAsync();
        return run.Id;
    }

    /// <summary>The stored telemetry sequence numbers of a run, ascending.</summary>
    public async Task<List<int>> SequencesAsync(long runId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.TelemetryPoints.AsNoTracking().Where(t => t.RunId == runId).OrderBy(t => t.Sequence).Select(t => t.Sequence).ToListAsync();
    }

    /// <summary>How many of the run's stored records arrived as back-fill.</summary>
    public async Task<int> ReplayedCountAsync(long runId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.TelemetryPoints.AsNoTracking().CountAsync(t => t.RunId == runId && t.WasReplayed);
    }

    /// <summary>How many of the run's samples are recorded as taken.</summary>
    public async Task<int> SamplesTakenAsync(long runId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Samples.AsNoTracking().CountAsync(s => s.Loop!.RunId == runId && s.TakenAtUtc != null);
    }

    public async Task<List<Sample>> SamplesAsync(long runId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == runId).OrderBy(s => s.ScheduleIndex).ToListAsync();
    }

    public async Task<Run> RunAsync(long runId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
    }

    public async Task<List<Deviation>> DeviationsAsync(long runId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Deviations.AsNoTracking().Where(d => d.RunId == runId).OrderBy(d => d.Id).ToListAsync();
    }

    public async Task<List<string>> EventKindsAsync(long runId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.RigEvents.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
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
