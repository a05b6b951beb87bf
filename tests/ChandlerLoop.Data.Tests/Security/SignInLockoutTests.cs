using ChandlerLoop.Data.Audit;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using ChandlerLoop.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data.Tests.Security;

/// <summary>
/// Lock-out against password guessing on a real, migrated database: wrong passwords are counted, the
/// fifth in a row locks the account for 15 minutes (audited as the system), the right password is
/// refused while locked, the lock ends by itself, and a right password resets the count.
/// </summary>
public abstract class SignInLockoutTests
{
    private const string Password = "right-password-12";
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly StepClock _clock = new(Start);

    protected abstract IDatabaseSource Source { get; }

    [Fact]
    public async Task Five_wrong_passwords_in_a_row_lock_the_account_for_fifteen_minutes_and_the_lock_is_audited()
    {
        var (factory, userId) = await NewDatabaseWithUserAsync("lena");
        var lockout = new SignInLockout(factory, _clock);

        for (var i = 1; i < SignInLockout.MaxFailedSignIns; i++)
        {
            Assert.Equal(SignInOutcome.Failed, (await lockout.CheckAsync("lena", "wrong-" + i)).Outcome);
            Assert.Equal(i, (await UserAsync(factory, userId)).FailedSignInCount);
        }

        var fifth = await lockout.CheckAsync("lena", "wrong-5");

        Assert.Equal(SignInOutcome.LockedOut, fifth.Outcome);
        var until = Start.UtcDateTime.AddMinutes(SignInLockout.LockoutMinutes);
        Assert.Equal(until, fifth.LockedUntilUtc);
        var user = await UserAsync(factory, userId);
        Assert.Equal(until, user.LockoutEndUtc);
        Assert.Equal(0, user.FailedSignInCount);

        await using var db = factory.CreateDbContext();
        var entry = Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "User" && a.Action == AuditAction.Change).ToListAsync());
        Assert.Equal((SignInLockout.ActingUserName, "LockoutEndUtc", null), (entry.UserName, entry.Field, entry.OldValue));
        Assert.Equal(AuditValueFormatter.FormatTime(until), entry.NewValue);
        Assert.Equal(SignInLockout.LockReason, entry.Reason);
        Assert.Equal(Start.UtcDateTime, entry.TimestampUtc);
        Assert.DoesNotContain(await db.AuditEntries.AsNoTracking().ToListAsync(), a => a.Field == "FailedSignInCount");
    }

    [Fact]
    public async Task While_locked_the_right_password_is_refused_and_after_fifteen_minutes_it_signs_in()
    {
        var (factory, userId) = await NewDatabaseWithUserAsync("lena");
        var lockout = new SignInLockout(factory, _clock);
        for (var i = 0; i < SignInLockout.MaxFailedSignIns; i++)
        {
            await lockout.CheckAsync("lena", "wrong");
        }

        _clock.Now = Start.AddMinutes(SignInLockout.LockoutMinutes).AddSeconds(-1);
        var locked = await lockout.CheckAsync("lena", Password);
        Assert.Equal(SignInOutcome.LockedOut, locked.Outcome);
        Assert.Null(locked.UserId);
        // Wrong passwords during the lock neither count nor extend it.
        Assert.Equal(SignInOutcome.LockedOut, (await lockout.CheckAsync("lena", "wrong")).Outcome);
        Assert.Equal(0, (await UserAsync(factory, userId)).FailedSignInCount);
        Assert.Equal(Start.UtcDateTime.AddMinutes(SignInLockout.LockoutMinutes), (await UserAsync(factory, userId)).LockoutEndUtc);

        _clock.Now = Start.AddMinutes(SignInLockout.LockoutMinutes);
        var after = await lockout.CheckAsync("lena", Password);

        Assert.Equal(SignInOutcome.Succeeded, after.Outcome);
        Assert.Equal(userId, after.UserId);
    }

    [Fact]
    public async Task A_right_password_resets_the_count_so_wrong_ones_must_again_be_five_in_a_row()
    {
        var (factory, userId) = await NewDatabaseWithUserAsync("lena");
        var lockout = new SignInLockout(factory, _clock);
        for (var i = 0; i < SignInLockout.MaxFailedSignIns - 1; i++)
        {
            await lockout.CheckAsync("lena", "wrong");
        }

        Assert.Equal(SignInOutcome.Succeeded, (await lockout.CheckAsync("lena", Password)).Outcome);
        Assert.Equal(0, (await UserAsync(factory, userId)).FailedSignInCount);

        for (var i = 0; i < SignInLockout.MaxFailedSignIns - 1; i++)
        {
            Assert.Equal(SignInOutcome.Failed, (await lockout.CheckAsync("lena", "wrong")).Outcome);
        }

        Assert.Null((await UserAsync(factory, userId)).LockoutEndUtc);
    }

    [Fact]
    public async Task Unknown_names_and_disabled_accounts_are_refused_like_a_wrong_password_and_count_nothing()
    {
        var (factory, userId) = await NewDatabaseWithUserAsync("lena", active: false);
        var lockout = new SignInLockout(factory, _clock);

        for (var i = 0; i < SignInLockout.MaxFailedSignIns + 1; i++)
        {
            Assert.Equal(new SignInCheck(SignInOutcome.Failed, null, null), await lockout.CheckAsync("lena", Password));
            Assert.Equal(new SignInCheck(SignInOutcome.Failed, null, null), await lockout.CheckAsync("nobody", Password));
        }

        var user = await UserAsync(factory, userId);
        Assert.Equal((0, (DateTime?)null), (user.FailedSignInCount, user.LockoutEndUtc));
    }

    [Fact]
    public async Task The_lock_lasts_in_lock_clock_time_and_its_audit_entry_is_stamped_by_the_record_clock()
    {
        var (factory, userId) = await NewDatabaseWithUserAsync("lena");
        var recordClock = new StepClock(Start.AddHours(3));
        var lockout = new SignInLockout(factory, _clock, recordClock);

        for (var i = 0; i < SignInLockout.MaxFailedSignIns; i++)
        {
            await lockout.CheckAsync("lena", "wrong");
        }

        Assert.Equal(Start.UtcDateTime.AddMinutes(SignInLockout.LockoutMinutes), (await UserAsync(factory, userId)).LockoutEndUtc);
        await using var db = factory.CreateDbContext();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Field == "LockoutEndUtc");
        Assert.Equal(Start.UtcDateTime.AddHours(3), entry.TimestampUtc);
    }

    [Fact]
    public async Task Login_names_are_matched_trimmed_and_in_lower_case()
    {
        var (factory, userId) = await NewDatabaseWithUserAsync("lena");

        var check = await new SignInLockout(factory, _clock).CheckAsync("  Lena ", Password);

        Assert.Equal((SignInOutcome.Succeeded, (long?)userId), (check.Outcome, check.UserId));
    }

    private async Task<(ChandlerDbContextFactory Factory, long UserId)> NewDatabaseWithUserAsync(string userName, bool active = true)
    {
        var factory = new ChandlerDbContextFactory(Source.NewDatabase());
        await new DatabaseMigrator(factory).MigrateAsync();
        await using var db = factory.CreateDbContext();
        db.ActingUserName = "test-setup";
        var user = new User
        {
            UserName = userName,
            FullName = "Lena Lockout",
            Role = UserRole.Operator,
            PasswordHash = PasswordHasher.Hash(Password, PasswordHasher.MinimumIterations),
            IsActive = active,
            CreatedAtUtc = Start.UtcDateTime,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (factory, user.Id);
    }

    private static async Task<User> UserAsync(ChandlerDbContextFactory factory, long userId)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
    }

    /// <summary>A clock that says what it is told.</summary>
    private sealed class StepClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class SqliteSignInLockoutTests : SignInLockoutTests, IDisposable
{
    private readonly SqliteDatabaseSource _source = new();

    protected override IDatabaseSource Source => _source;

    public void Dispose() => _source.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSignInLockoutTests : SignInLockoutTests
{
    public PostgresSignInLockoutTests(PostgresServer server) => Source = new PostgresDatabaseSource(server);

    protected override IDatabaseSource Source { get; }
}
