using ChandlerLoop.Data.Audit;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data.Tests.Audit;

/// <summary>The audit trail and the integrity rules of saving, on a real, migrated database.</summary>
public abstract class AuditTrailTests
{
    protected abstract IDatabaseSource Source { get; }

    protected async Task<ChandlerDbContextFactory> NewMigratedDatabaseAsync()
    {
        var factory = new ChandlerDbContextFactory(Source.NewDatabase());
        await new DatabaseMigrator(factory).MigrateAsync();
        return factory;
    }

    [Fact]
    public async Task Creating_results_appends_a_linked_chain_that_verifies()
    {
        var factory = await NewMigratedDatabaseAsync();
        await using var db = factory.CreateDbContext();
        var ids = await RunRecordBuilder.SeedAsync(db);

        var entries = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var value = Assert.Single(entries, e => e.EntityType == "MarkerResult" && e.Field == "Value");
        Assert.Equal(AuditAction.Create, value.Action);
        Assert.Equal(ids.ResultId.ToString(System.Globalization.CultureInfo.InvariantCulture), value.EntityId);
        Assert.Equal("210", value.NewValue);
        Assert.Null(value.OldValue);
        Assert.Equal(RunRecordBuilder.UserName, value.UserName);
        Assert.Equal(AuditHasher.GenesisHash, entries[0].PreviousHash);
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);
        }

        // Run creation is not audited (only its notes are); rigs are not audited. Accounts are, without the password hash.
        Assert.DoesNotContain(entries, e => e.EntityType is "Run" or "Rig");
        Assert.Contains(entries, e => e.EntityType == "User" && e.Field == "UserName" && e.NewValue == RunRecordBuilder.UserName);
        var password = Assert.Single(entries, e => e.EntityType == "User" && e.Field == "PasswordHash");
        Assert.Equal(AuditPolicy.SecretSetText, password.NewValue);
        Assert.DoesNotContain(entries, e => e.Field == "FailedSignInCount");
        var verification = await AuditVerifier.VerifyAsync(db);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(entries.Count, verification.EntriesChecked);
        Assert.Equal(entries[^1].Hash, verification.HeadHash);
    }

    [Fact]
    public async Task A_change_without_a_reason_is_refused_and_nothing_is_saved()
    {
        var factory = await NewMigratedDatabaseAsync();
        long resultId;
        int auditCount;
        await using (var seed = factory.CreateDbContext())
        {
            resultId = (await RunRecordBuilder.SeedAsync(seed)).ResultId;
            auditCount = await seed.AuditEntries.CountAsync();
        }

        await using (var db = factory.CreateDbContext())
        {
            db.ActingUserName = "bob";
            (await db.MarkerResults.SingleAsync(m => m.Id == resultId)).Value = 99.0;
            var refused = await Assert.ThrowsAsync<DataIntegrityException>(() => db.SaveChangesAsync());
            Assert.Equal(DataIntegrityRefusal.ReasonRequired, refused.Refusal);
            Assert.Contains("reason", refused.Message, StringComparison.OrdinalIgnoreCase);
        }

        await using var check = factory.CreateDbContext();
        Assert.Equal(210.0, (await check.MarkerResults.SingleAsync(m => m.Id == resultId)).Value);
        Assert.Equal(auditCount, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_change_with_a_reason_records_who_old_new_and_why()
    {
        var factory = await NewMigratedDatabaseAsync();
        await using var db = factory.CreateDbContext();
        var ids = await RunRecordBuilder.SeedAsync(db);
        db.ActingUserName = "bob";
        (await db.MarkerResults.SingleAsync(m => m.Id == ids.ResultId)).Value = 205.5;
        (await db.Runs.SingleAsync(r => r.Id == ids.RunId)).Notes = "lid opened at 12 min";
        await db.SaveChangesAsync("transcription error corrected from counter printout");

        var changes = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Change).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, changes.Count);
        var value = Assert.Single(changes, c => c.EntityType == "MarkerResult");
        Assert.Equal(("Value", "210", "205.5", "bob"), (value.Field, value.OldValue, value.NewValue, value.UserName));
        Assert.Equal("transcription error corrected from counter printout", value.Reason);
        var notes = Assert.Single(changes, c => c.EntityType == "Run");
        Assert.Equal(("Notes", null, "lid opened at 12 min"), (notes.Field, notes.OldValue, notes.NewValue));
        Assert.True((await AuditVerifier.VerifyAsync(db)).IsIntact);
    }

    [Fact]
    public async Task Deleting_a_result_needs_a_reason_and_records_its_old_values()
    {
        var factory = await NewMigratedDatabaseAsync();
        await using var db = factory.CreateDbContext();
        var ids = await RunRecordBuilder.SeedAsync(db);
        db.MarkerResults.Remove(await db.MarkerResults.SingleAsync(m => m.Id == ids.ResultId));
        var refused = await Assert.ThrowsAsync<DataIntegrityException>(() => db.SaveChangesAsync());
        Assert.Equal(DataIntegrityRefusal.ReasonRequired, refused.Refusal);

        await db.SaveChangesAsync("entered on the wrong sample");
        var deleted = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Delete).ToListAsync();
        Assert.Contains(deleted, d => d.Field == "Value" && d.OldValue == "210" && d.NewValue is null);
        Assert.False(await db.MarkerResults.AnyAsync(m => m.Id == ids.ResultId));
    }

    [Fact]
    public async Task An_approved_run_refuses_any_change_to_its_results()
    {
        var factory = await NewMigratedDatabaseAsync();
        (long RunId, long LoopId, long SampleId, long ResultId) ids;
        await using (var seed = factory.CreateDbContext())
        {
            ids = await RunRecordBuilder.SeedAsync(seed);
            var run = await seed.Runs.SingleAsync(r => r.Id == ids.RunId);
            run.State = RunState.Approved;
            run.IsLocked = true;
            await seed.SaveChangesAsync("approved");
        }

        await using (var db = factory.CreateDbContext())
        {
            db.ActingUserName = "bob";
            (await db.MarkerResults.SingleAsync(m => m.Id == ids.ResultId)).Value = 1.0;
            var refused = await Assert.ThrowsAsync<DataIntegrityException>(() => db.SaveChangesAsync("late correction"));
            Assert.Equal(DataIntegrityRefusal.RunLocked, refused.Refusal);
            Assert.Contains("locked", refused.Message, StringComparison.Ordinal);
        }

        await using (var db = factory.CreateDbContext())
        {
            db.ActingUserName = "bob";
            db.ClotScores.Add(new ClotScore { LoopId = ids.LoopId, Score = 2, ScorerUserId = 1, ScoredAtUtc = DateTime.UtcNow });
            var refused = await Assert.ThrowsAsync<DataIntegrityException>(() => db.SaveChangesAsync());
            Assert.Equal(DataIntegrityRefusal.RunLocked, refused.Refusal);
        }

        await using (var db = factory.CreateDbContext())
        {
            (await db.Runs.SingleAsync(r => r.Id == ids.RunId)).IsLocked = false;
            var refused = Assert.Throws<DataIntegrityException>(() => db.SaveChanges("unlock"));
            Assert.Equal(DataIntegrityRefusal.RunLocked, refused.Refusal);
        }

        await using var check = factory.CreateDbContext();
        Assert.Equal(210.0, (await check.MarkerResults.SingleAsync(m => m.Id == ids.ResultId)).Value);
        Assert.False(await check.ClotScores.AnyAsync());
        Assert.True((await check.Runs.SingleAsync(r => r.Id == ids.RunId)).IsLocked);
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_through_the_context()
    {
        var factory = await NewMigratedDatabaseAsync();
        await using var db = factory.CreateDbContext();
        await RunRecordBuilder.SeedAsync(db);
        var entry = await db.AuditEntries.FirstAsync();
        entry.NewValue = "forged";
        var refused = await Assert.ThrowsAsync<DataIntegrityException>(() => db.SaveChangesAsync("tidy up"));
        Assert.Equal(DataIntegrityRefusal.AuditTrailIsAppendOnly, refused.Refusal);
    }

    [Fact]
    public async Task Verify_detects_an_entry_edited_behind_the_applications_back()
    {
        var factory = await NewMigratedDatabaseAsync();
        await using var db = factory.CreateDbContext();
        await RunRecordBuilder.SeedAsync(db);
        var target = await db.AuditEntries.AsNoTracking().Where(a => a.Field == "Value").Select(a => a.Id).SingleAsync();

        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"NewValue\" = '150' WHERE \"Id\" = {target}");

        var result = await AuditVerifier.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Equal(target, result.FirstBrokenEntryId);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_detects_an_entry_deleted_behind_the_applications_back()
    {
        var factory = await NewMigratedDatabaseAsync();
        await using var db = factory.CreateDbContext();
        await RunRecordBuilder.SeedAsync(db);
        var ids = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        Assert.True(ids.Count >= 3);
        var removed = ids[1];

        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {removed}");

        var result = await AuditVerifier.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Equal(ids[2], result.FirstBrokenEntryId);
        Assert.Contains("deleted", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_appends_from_many_contexts_keep_one_unbroken_chain()
    {
        var factory = await NewMigratedDatabaseAsync();
        long runId;
        int before;
        await using (var seed = factory.CreateDbContext())
        {
            runId = (await RunRecordBuilder.SeedAsync(seed)).RunId;
            before = await seed.AuditEntries.CountAsync();
        }

        const int writers = 8;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await using var db = factory.CreateDbContext();
            db.ActingUserName = "writer" + i;
            db.Deviations.Add(new Deviation { RunId = runId, What = "excursion " + i, RecordedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        })));

        await using var check = factory.CreateDbContext();
        // Each deviation: RunId, What, IsAutomatic, RecordedAtUtc, Code ("manual") and Id are non-null fields = 6 entries.
        Assert.Equal(before + (writers * 6), await check.AuditEntries.CountAsync());
        var result = await AuditVerifier.VerifyAsync(check);
        Assert.True(result.IsIntact, result.Problem);
    }

    [Fact]
    public async Task Telemetry_is_unique_per_run_and_sequence()
    {
        var factory = await NewMigratedDatabaseAsync();
        long runId;
        await using (var seed = factory.CreateDbContext())
        {
            runId = (await RunRecordBuilder.SeedAsync(seed)).RunId;
            seed.TelemetryPoints.Add(new TelemetryPoint { RunId = runId, Sequence = 7, State = "running", Fault = "none", ReceivedAtUtc = DateTime.UtcNow });
            await seed.SaveChangesAsync();
        }

        await using (var db = factory.CreateDbContext())
        {
            db.TelemetryPoints.Add(new TelemetryPoint { RunId = runId, Sequence = 7, State = "running", Fault = "none", ReceivedAtUtc = DateTime.UtcNow });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = factory.CreateDbContext();
        check.TelemetryPoints.Add(new TelemetryPoint { RunId = runId, Sequence = 8, State = "running", Fault = "none", ReceivedAtUtc = DateTime.UtcNow });
        await check.SaveChangesAsync();
        Assert.Equal(new[] { 7, 8 }, await check.TelemetryPoints.OrderBy(t => t.Sequence).Select(t => t.Sequence).ToListAsync());
    }
}

public sealed class SqliteAuditTrailTests : AuditTrailTests, IDisposable
{
    private readonly SqliteDatabaseSource _source = new();

    protected override IDatabaseSource Source => _source;

    public void Dispose() => _source.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditTrailTests : AuditTrailTests
{
    public PostgresAuditTrailTests(PostgresServer server) => Source = new PostgresDatabaseSource(server);

    protected override IDatabaseSource Source { get; }
}
