using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Setup;

/// <summary>
/// A migrated database with a rig, an operator, a lab manager (both with known passwords), the default
/// protocol template and helpers to create runs through <see cref="RunSetupService"/>.
/// </summary>
internal sealed class LabFixture : IAsyncDisposable
{
    public const string RigKey = "rig-1";
    public const string OperatorName = "olivia";
    public const string ManagerName = "maria";
    public const string SecondManagerName = "lena";
    public const string Password = "correct horse battery";

    private LabFixture(TestDatabase database, ManualClock clock, long templateId)
    {
        Database = database;
        Clock = clock;
        TemplateId = templateId;
    }

    public TestDatabase Database { get; }

    public ManualClock Clock { get; }

    public long TemplateId { get; }

    public static async Task<LabFixture> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var clock = new ManualClock();
        await using (var db = database.Factory.CreateDbContext())
        {
            db.ActingUserName = "test-setup";
            var now = clock.GetUtcNow().UtcDateTime;
            var hash = PasswordHasher.Hash(Password, PasswordHasher.MinimumIterations);
            db.Rigs.Add(new Rig { RigKey = RigKey, Name = "Bench 1" });
            db.Users.Add(new User { UserName = OperatorName, FullName = "Olivia Operator", Role = UserRole.Operator, PasswordHash = hash, CreatedAtUtc = now });
            db.Users.Add(new User { UserName = ManagerName, FullName = "Maria Manager", Role = UserRole.LabManager, PasswordHash = hash, CreatedAtUtc = now });
            db.Users.Add(new User { UserName = SecondManagerName, FullName = "Lena Lead", Role = UserRole.LabManager, PasswordHash = hash, CreatedAtUtc = now });
            db.Users.Add(new User { UserName = "ivan", FullName = "Ivan Inactive", Role = UserRole.LabManager, PasswordHash = hash, CreatedAtUtc = now, IsActive = false });
            await db.SaveChangesAsync();
        }

        var templateId = await new ProtocolTemplateService(database.Factory, clock).EnsureDefaultTemplateAsync();
        return new LabFixture(database, clock, templateId);
    }

    /// <summary>A valid request: negative control (pos 1), BM-MSC (pos 2), fibroblast positive control (pos 3), donor D-001 group A.</summary>
    public RunSetupRequest ValidRequest() => new()
    {
        RigKey = RigKey,
        ProtocolTemplateId = TemplateId,
        OperatorUserName = OperatorName,
        Loops =
        {
            new LoopSetup { Position = 1, Role = LoopRole.NegativeControl, Vehicle = Vehicle.HumanSerumAlbumin, DonorPseudonymousId = "D-001" },
            new LoopSetup { Position = 2, Role = LoopRole.TestArticle, CellProduct = "BM-MSC", TissueSource = "bone marrow", CellLot = "L-7", Passage = 4, ViabilityPercent = 95, TissueFactorPositivePercent = 12, DoseCellsPerMilliliter = 15_000, StockConcentrationCellsPerMilliliter = 1_000_000, Vehicle = Vehicle.HumanSerumAlbumin, DonorPseudonymousId = "D-001" },
            new LoopSetup { Position = 3, Role = LoopRole.PositiveControl, CellProduct = "dermal fibroblasts", DoseCellsPerMilliliter = 15_000, StockConcentrationCellsPerMilliliter = 2_000_000, Vehicle = Vehicle.HumanSerumAlbumin, DonorPseudonymousId = "D-001" },
        },
        Donors = { new DonorSetup { PseudonymousId = "D-001", AboGroup = AboGroup.A, AnticoagulantLot = "H-1", DrawnAtUtc = Clock.GetUtcNow().UtcDateTime.AddMinutes(-10) } },
    };

    /// <summary>Creates the valid run and returns its id.</summary>
    public async Task<long> CreateRunAsync()
    {
        var result = await new RunSetupService(Database.Factory, Clock).CreateDraftAsync(ValidRequest());
        return result.RunId;
    }

    /// <summary>Sets run fields directly (state, acceptance, lock), as orchestration and acceptance would.</summary>
    public async Task UpdateRunAsync(long runId, Action<Run> change)
    {
        await using var db = Database.Factory.CreateDbContext();
        var run = await db.Runs.SingleAsync(r => r.Id == runId);
        change(run);
        await db.SaveChangesAsync();
    }

    /// <summary>Gives every sample of the run the tube id "T&lt;position&gt;-&lt;offset minutes&gt;".</summary>
    public async Task LabelTubesAsync(long runId)
    {
        await using var db = Database.Factory.CreateDbContext();
        db.ActingUserName = OperatorName;
        foreach (var sample in await db.Samples.Include(s => s.Loop).Where(s => s.Loop!.RunId == runId).ToListAsync())
        {
            sample.TubeId = $"T{sample.Loop!.Position}-{sample.PlannedOffsetMinutes:0}";
        }

        await db.SaveChangesAsync("tubes labelled at sampling");
    }

    public async Task<Sample> SampleAsync(long runId, int position, int scheduleIndex)
    {
        await using var db = Database.Factory.CreateDbContext();
        return await db.Samples.AsNoTracking().SingleAsync(s => s.Loop!.RunId == runId && s.Loop.Position == position && s.ScheduleIndex == scheduleIndex);
    }

    public async Task<Loop> LoopAsync(long runId, int position)
    {
        await using var db = Database.Factory.CreateDbContext();
        return await db.Loops.AsNoTracking().SingleAsync(l => l.RunId == runId && l.Position == position);
    }

    public async Task<List<AuditEntry>> AuditAsync(string entityType)
    {
        await using var db = Database.Factory.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType).OrderBy(a => a.Id).ToListAsync();
    }

    public async Task<List<MarkerResult>> ResultsAsync()
    {
        await using var db = Database.Factory.CreateDbContext();
        return await db.MarkerResults.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
