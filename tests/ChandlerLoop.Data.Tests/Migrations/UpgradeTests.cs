using System.Data.Common;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data.Tests.Migrations;

/// <summary>
/// A database at InitialSchema holding a run is upgraded to the latest migration (RunWorkflow,
/// AccountLockout: existing accounts are not locked and have no failed sign-ins): every row and value stays,
/// the new columns hold the values chosen for existing rows, ids are not reused, foreign keys and the
/// clot score check hold afterwards, and Down returns to exactly the InitialSchema schema.
/// </summary>
public abstract class UpgradeTests
{
    private const string Initial = "20260301000000_InitialSchema";

    protected abstract IDatabaseSource Source { get; }

    protected abstract List<string> ReadSchema(DatabaseOptions options);

    [Fact]
    public async Task Upgrading_from_InitialSchema_keeps_every_row_and_fills_the_new_columns()
    {
        var (factory, seeded) = await SeedAtInitialSchemaAsync();

        var applied = await new DatabaseMigrator(factory).MigrateAsync();

        Assert.Equal(MigrationTests.AllMigrations.Skip(1), applied);
        await using var db = factory.CreateDbContext();
        var user = await db.Users.SingleAsync();
        Assert.Equal((seeded.UserId, "alice", UserRole.Operator, true), (user.Id, user.UserName, user.Role, user.IsActive));
        Assert.Equal(0, user.FailedSignInCount);
        Assert.Null(user.LockoutEndUtc);
        var run = await db.Runs.SingleAsync();
        Assert.Equal((seeded.RunId, "R-20260302-01", RunState.Completed, "donor 2 h fasted"), (run.Id, run.RunKey, run.State, run.Notes));
        Assert.Equal((InitialSchemaRun.LoadedAtUtc, InitialSchemaRun.EndedAtUtc), (run.LoadedAtUtc!.Value, run.EndedAtUtc!.Value));
        Assert.Equal((seeded.RigId, seeded.TemplateId, seeded.UserId), (run.RigId, run.ProtocolTemplateId, run.OperatorUserId));
        Assert.False(run.IsSimulated);
        Assert.Null(run.ReadyAtUtc);
        Assert.Null(run.AcceptanceOutcome);
        Assert.Null(run.AcceptanceEvaluatedAtUtc);
        Assert.Null(run.AcceptanceJson);
        // SetupRecords: an older run has no tubing records and its donor none of the report's donor records.
        Assert.Equal((null, null, null, null), (run.TubingMaterial, run.TubingCoating, run.TubingInnerDiameterMillimeters, run.LoopLengthCentimeters));
        var donor = await db.Donors.SingleAsync();
        Assert.Equal((null, null, null, null), (donor.Sex, donor.AgeBand, donor.MedicationFreeDays, donor.InfectionScreen));

        var rig = await db.Rigs.SingleAsync();
        Assert.Equal((-0.15, "PT100 #4471", InitialSchemaRun.CalibratedAtUtc), (rig.CalibrationTemperatureOffsetCelsius, rig.CalibrationReferenceThermometer, rig.CalibratedAtUtc!.Value));
        Assert.Null(rig.CalibrationDueUtc);

        // Existing templates get the criteria a new template gets from the entity's initialisers.
        var template = await db.ProtocolTemplates.SingleAsync();
        var fresh = new ProtocolTemplate();
        Assert.Equal(("0,15,30", 0.5, 95.0, 20.0), (template.SamplingOffsetsMinutes, template.AcceptanceTemperatureBandCelsius, template.AcceptanceMinTimeInBandPercent, template.AcceptanceNegativeControlMaxPlateletConsumptionPercent));
        Assert.Equal(
            (fresh.PrewarmBandCelsius, fresh.PrewarmHoldSeconds, fresh.AcceptanceMaxStoppageSeconds, fresh.AcceptanceMaxDrawToStartMinutes, fresh.AcceptanceBaselinePlateletsMin),
            (template.PrewarmBandCelsius, template.PrewarmHoldSeconds, template.AcceptanceMaxStoppageSeconds, template.AcceptanceMaxDrawToStartMinutes, template.AcceptanceBaselinePlateletsMin));
        Assert.Equal(
            (fresh.AcceptanceBaselinePlateletsMax, fresh.AcceptanceNegativeControlMaxTatFold, fresh.AcceptancePositiveControlMinTatFold, fresh.AcceptanceMaxMinutesToCentrifuge),
            (template.AcceptanceBaselinePlateletsMax, template.AcceptanceNegativeControlMaxTatFold, template.AcceptancePositiveControlMinTatFold, template.AcceptanceMaxMinutesToCentrifuge));
        Assert.Equal(0.3, template.PrewarmBandCelsius);

        var loops = await db.Loops.OrderBy(l => l.Position).ToListAsync();
        Assert.Equal(new[] { (seeded.NegativeLoopId, LoopRole.NegativeControl), (seeded.TestLoopId, LoopRole.TestArticle) }, loops.Select(l => (l.Id, l.Role)));
        Assert.Equal(("BM-MSC", 4, 92.5, 15_000.0, 105.0), (loops[1].CellProduct, loops[1].Passage!.Value, loops[1].ViabilityPercent!.Value, loops[1].DoseCellsPerMilliliter, loops[1].VolumeToPipetteMicroliters!.Value));

        // ScheduleIndex = position of the planned offset in the run's schedule 0/15/30, also for the
        // test loop whose 15-min sample is missing (its 30-min sample is still index 2).
        var samples = await db.Samples.ToListAsync();
        Assert.Equal(5, samples.Count);
        foreach (var ((loopId, offset), id) in seeded.SampleIds)
        {
            var sample = samples.Single(s => s.Id == id);
            Assert.Equal((loopId, offset, $"T-{loopId}-{offset}"), (sample.LoopId, sample.PlannedOffsetMinutes, sample.TubeId));
            Assert.Equal(InitialSchemaRun.TakenAtUtc(offset), sample.TakenAtUtc!.Value);
            Assert.Equal(offset switch { 0.0 => 0, 15.0 => 1, _ => 2 }, sample.ScheduleIndex);
            Assert.Null(sample.ActualExposureSeconds);
            Assert.Null(sample.VolumeMilliliters);
            Assert.Null(sample.OnIceAtUtc);
            Assert.Null(sample.CentrifugedAtUtc);
            Assert.Null(sample.StorageTemperatureCelsius);
        }

        var result = await db.MarkerResults.SingleAsync();
        Assert.Equal((seeded.ResultId, seeded.SampleIds[(seeded.TestLoopId, 30.0)], "TAT", 48.5, "µg/L", 2.0), (result.Id, result.SampleId, result.Analyte, result.Value, result.Unit, result.DilutionFactor));
        Assert.Equal(("ELISA", "K-118", seeded.UserId, InitialSchemaRun.EndedAtUtc.AddHours(2)), (result.Method, result.KitLot, result.EnteredByUserId, result.EnteredAtUtc));
        Assert.Equal("manual", result.Source);
        Assert.Null(result.RawValue);
        Assert.Null(result.RawUnit);
        Assert.Null(result.LloqValue);
        Assert.Null(result.UloqValue);

        var clot = await db.ClotScores.SingleAsync();
        Assert.Equal((seeded.ClotScoreId, seeded.TestLoopId, 3, 41.7, new string('a', 64)), (clot.Id, clot.LoopId, clot.Score, clot.WetWeightMilligrams!.Value, clot.PhotoSha256));

        var deviations = await db.Deviations.OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(
            new[] { (seeded.ManualDeviationId, "manual", false, "accepted"), (seeded.AutomaticDeviationId, "automatic", true, (string?)null) },
            deviations.Select(d => (d.Id, d.Code, d.IsAutomatic, d.Disposition)));
        Assert.All(deviations, d => Assert.Null(d.DispositionByUserName));
        Assert.All(deviations, d => Assert.Null(d.DispositionedAtUtc));
    }

    [Fact]
    public async Task After_the_upgrade_new_rows_get_fresh_ids_and_references_are_enforced()
    {
        var (factory, seeded) = await SeedAtInitialSchemaAsync();
        await new DatabaseMigrator(factory).MigrateAsync();

        await using var db = factory.CreateDbContext();
        db.ActingUserName = "alice";
        var added = new MarkerResult
        {
            SampleId = seeded.SampleIds[(seeded.TestLoopId, 0.0)], Analyte = "TAT", Value = 3.1, Unit = "µg/L",
            EnteredByUserId = seeded.UserId, EnteredAtUtc = InitialSchemaRun.EndedAtUtc.AddHours(3), Source = "import:tat.csv",
        };
        db.MarkerResults.Add(added);
        await db.SaveChangesAsync();

        // The deleted result's id is named in the audit trail of a real database: it must not come back.
        Assert.True(added.Id > seeded.DeletedResultId, $"new id {added.Id} reuses or precedes deleted id {seeded.DeletedResultId}");
        var connection = await OpenAsync(db);
        await Assert.ThrowsAnyAsync<DbException>(() => RawRows.InsertAsync(connection, "Samples",
            ("LoopId", 999_999L), ("PlannedOffsetMinutes", 0.0), ("ScheduleIndex", 0)));
        Assert.Equal(0, await CountReferenceViolationsAsync(connection));
    }

    [Fact]
    public async Task After_the_upgrade_an_older_run_and_donor_take_the_set_up_records_and_the_change_is_audited()
    {
        var (factory, seeded) = await SeedAtInitialSchemaAsync();
        await new DatabaseMigrator(factory).MigrateAsync();
        await using (var db = factory.CreateDbContext())
        {
            db.ActingUserName = "alice";
            var donor = await db.Donors.SingleAsync();
            (donor.Sex, donor.AgeBand, donor.MedicationFreeDays, donor.InfectionScreen) = (DonorSex.Female, "30-39", 21, InfectionScreen.Negative);
            var run = await db.Runs.SingleAsync();
            (run.TubingMaterial, run.TubingCoating, run.TubingInnerDiameterMillimeters, run.LoopLengthCentimeters) = ("PVC", "heparin", 6.3, 39.0);
            await db.SaveChangesAsync("records taken from the donor file");
        }

        await using var check = factory.CreateDbContext();
        var stored = await check.Donors.AsNoTracking().SingleAsync();
        Assert.Equal((DonorSex.Female, "30-39", 21, InfectionScreen.Negative), (stored.Sex!.Value, stored.AgeBand, stored.MedicationFreeDays!.Value, stored.InfectionScreen!.Value));
        var run2 = await check.Runs.AsNoTracking().SingleAsync();
        Assert.Equal(("PVC", "heparin", 6.3, 39.0), (run2.TubingMaterial, run2.TubingCoating, run2.TubingInnerDiameterMillimeters!.Value, run2.LoopLengthCentimeters!.Value));
        Assert.Equal(seeded.RunId, run2.Id);
        var audit = await check.AuditEntries.AsNoTracking().Where(a => a.Reason == "records taken from the donor file").ToListAsync();
        Assert.Contains(audit, a => a.EntityType == "Donor" && a.Field == "MedicationFreeDays" && a.OldValue == null && a.NewValue == "21");
        Assert.Contains(audit, a => a.EntityType == "Run" && a.Field == "TubingCoating" && a.NewValue == "heparin");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public async Task The_database_refuses_a_clot_score_outside_0_to_4_after_the_upgrade(int score)
    {
        var (factory, seeded) = await SeedAtInitialSchemaAsync();
        await new DatabaseMigrator(factory).MigrateAsync();
        await using var db = factory.CreateDbContext();
        var connection = await OpenAsync(db);

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => InsertClotScoreAsync(connection, seeded, score));
        Assert.Contains("CK_ClotScores_Score", refused.Message, StringComparison.Ordinal);
        await InsertClotScoreAsync(connection, seeded, 0);
        await InsertClotScoreAsync(connection, seeded, 4);
        Assert.Equal(3, await db.ClotScores.CountAsync());
    }

    [Fact]
    public async Task Down_returns_to_the_InitialSchema_schema_and_keeps_the_old_columns()
    {
        var (factory, seeded) = await SeedAtInitialSchemaAsync();
        var options = factory.Options;
        await new DatabaseMigrator(factory).MigrateAsync();

        await new DatabaseMigrator(factory).MigrateToAsync(Initial);

        var initialOnly = Source.NewDatabase();
        await new DatabaseMigrator(new ChandlerDbContextFactory(initialOnly)).MigrateToAsync(Initial);
        Assert.Equal(string.Join('\n', ReadSchema(initialOnly)), string.Join('\n', ReadSchema(options)));
        await using var db = factory.CreateDbContext();
        var connection = await OpenAsync(db);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Score\", \"WetWeightMilligrams\" FROM \"ClotScores\" WHERE \"Id\" = " + seeded.ClotScoreId;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((3L, 41.7), (Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetDouble(1)));
    }

    /// <summary>Rows that reference a missing parent (Sqlite's foreign_key_check); 0 where the engine cannot hold any.</summary>
    protected abstract Task<int> CountReferenceViolationsAsync(DbConnection connection);

    private async Task<(ChandlerDbContextFactory Factory, InitialSchemaRun Seeded)> SeedAtInitialSchemaAsync()
    {
        var factory = new ChandlerDbContextFactory(Source.NewDatabase());
        await new DatabaseMigrator(factory).MigrateToAsync(Initial);
        await using var db = factory.CreateDbContext();
        var seeded = await InitialSchemaRun.WriteAsync(await OpenAsync(db));
        return (factory, seeded);
    }

    private static async Task<DbConnection> OpenAsync(ChandlerDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        return db.Database.GetDbConnection();
    }

    private static Task<long> InsertClotScoreAsync(DbConnection connection, InitialSchemaRun seeded, int score) =>
        RawRows.InsertAsync(connection, "ClotScores", ("LoopId", seeded.NegativeLoopId), ("Score", score),
            ("ScorerUserId", seeded.UserId), ("ScoredAtUtc", InitialSchemaRun.EndedAtUtc));
}

public sealed class SqliteUpgradeTests : UpgradeTests, IDisposable
{
    private readonly SqliteDatabaseSource _source = new();

    protected override IDatabaseSource Source => _source;

    protected override List<string> ReadSchema(DatabaseOptions options)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return SchemaIntrospector.ReadSqlite(options.SqliteFilePath!);
    }

    protected override async Task<int> CountReferenceViolationsAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await command.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            count++;
        }

        return count;
    }

    public void Dispose() => _source.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresUpgradeTests : UpgradeTests
{
    public PostgresUpgradeTests(PostgresServer server) => Source = new PostgresDatabaseSource(server);

    protected override IDatabaseSource Source { get; }

    protected override List<string> ReadSchema(DatabaseOptions options) => SchemaIntrospector.ReadPostgres(options.PostgresConnectionString!);

    // PostgreSQL checks every foreign key on each statement, the migration included.
    protected override Task<int> CountReferenceViolationsAsync(DbConnection connection) => Task.FromResult(0);
}
