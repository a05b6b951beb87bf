using ChandlerLoop.Data;
using ChandlerLoop.Data.Audit;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using ChandlerLoop.Host.Tests.Infrastructure;
using ChandlerLoop.Host.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Tests.Identity;

/// <summary>
/// Every account change made through <see cref="AccountService"/> is in the audit trail with the acting
/// user, the time, the old and new value and the reason; the password only as "(set)"/"(changed)".
/// </summary>
public sealed class AccountAuditTests : IDisposable
{
    private const string Admin = "ada.admin";
    private const string Password = "first-password-12";
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("chandler-accounts-").FullName;
    private readonly FixedClock _clock = new(Start);

    [Fact]
    public async Task Creating_an_account_records_who_created_it_and_every_field_but_the_password()
    {
        var (factory, accounts) = await NewAsync();

        var user = await accounts.CreateAsync("olga", "Olga Operator", UserRole.Operator, Password, Password, Admin);

        var entries = await UserEntriesAsync(factory, user.Id);
        Assert.All(entries, e => Assert.Equal((Admin, AuditAction.Create, Start.UtcDateTime), (e.UserName, e.Action, e.TimestampUtc)));
        Assert.Equal("olga", Value(entries, "UserName"));
        Assert.Equal("Olga Operator", Value(entries, "FullName"));
        Assert.Equal("Operator", Value(entries, "Role"));
        Assert.Equal("true", Value(entries, "IsActive"));
        Assert.Equal(AuditPolicy.SecretSetText, Value(entries, "PasswordHash"));
        Assert.DoesNotContain(entries, e => e.Field is "FailedSignInCount" or "LockoutEndUtc");
        Assert.DoesNotContain(entries, e => (e.NewValue ?? "").StartsWith("pbkdf2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Role_change_disable_enable_and_password_reset_each_record_old_and_new_value_with_the_reason()
    {
        var (factory, accounts) = await NewAsync();
        var user = await accounts.CreateAsync("olga", "Olga Operator", UserRole.Operator, Password, Password, Admin);
        _clock.Now = Start.AddMinutes(5);

        await accounts.SetRoleAsync(user.Id, UserRole.LabManager, Admin, "promoted to lab manager");
        await accounts.SetActiveAsync(user.Id, false, Admin, "left the lab");
        await accounts.SetActiveAsync(user.Id, true, Admin, " back from leave ");
        await accounts.SetPasswordAsync(user.Id, "second-password-12", "second-password-12", Admin, null);

        var changes = (await UserEntriesAsync(factory, user.Id)).Where(e => e.Action == AuditAction.Change).ToList();
        Assert.Equal(
            new[]
            {
                ("Role", "Operator", "LabManager", "promoted to lab manager"),
                ("IsActive", "true", "false", "left the lab"),
                ("IsActive", "false", "true", "back from leave"),
                ("PasswordHash", AuditPolicy.SecretSetText, AuditPolicy.SecretChangedText, AccountService.NoReasonGiven),
            },
            changes.Select(e => (e.Field, e.OldValue!, e.NewValue!, e.Reason!)).ToArray());
        Assert.All(changes, e => Assert.Equal((Admin, Start.UtcDateTime.AddMinutes(5)), (e.UserName, e.TimestampUtc)));
        await using var db = factory.CreateDbContext();
        var verification = await AuditVerifier.VerifyAsync(db);
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task Unlocking_records_the_end_of_the_lock_out_and_lets_the_account_sign_in()
    {
        var (factory, accounts) = await NewAsync();
        var user = await accounts.CreateAsync("olga", "Olga Operator", UserRole.Operator, Password, Password, Admin);
        var lockout = new SignInLockout(factory, _clock);
        for (var i = 0; i < SignInLockout.MaxFailedSignIns; i++)
        {
            await lockout.CheckAsync("olga", "wrong-password");
        }

        Assert.Equal(SignInOutcome.LockedOut, (await lockout.CheckAsync("olga", Password)).Outcome);

        await accounts.UnlockAsync(user.Id, Admin, "identity confirmed by phone");

        Assert.Equal(SignInOutcome.Succeeded, (await lockout.CheckAsync("olga", Password)).Outcome);
        var entries = (await UserEntriesAsync(factory, user.Id)).Where(e => e.Field == "LockoutEndUtc").ToList();
        var until = AuditValueFormatter.FormatTime(Start.UtcDateTime.AddMinutes(SignInLockout.LockoutMinutes));
        Assert.Equal(
            new[]
            {
                (SignInLockout.ActingUserName, (string?)null, (string?)until, SignInLockout.LockReason),
                (Admin, until, null, "identity confirmed by phone"),
            },
            entries.Select(e => (e.UserName, e.OldValue, e.NewValue, e.Reason!)).ToArray());
        await Assert.ThrowsAsync<AccountException>(() => accounts.UnlockAsync(user.Id, Admin, null));
    }

    [Fact]
    public async Task A_new_password_set_by_an_admin_ends_a_lock_out()
    {
        var (factory, accounts) = await NewAsync();
        var user = await accounts.CreateAsync("olga", "Olga Operator", UserRole.Operator, Password, Password, Admin);
        var lockout = new SignInLockout(factory, _clock);
        for (var i = 0; i < SignInLockout.MaxFailedSignIns; i++)
        {
            await lockout.CheckAsync("olga", "wrong-password");
        }

        await accounts.SetPasswordAsync(user.Id, "second-password-12", "second-password-12", Admin, "forgot the password");

        Assert.Equal(SignInOutcome.Succeeded, (await lockout.CheckAsync("olga", "second-password-12")).Outcome);
    }

    [Fact]
    public async Task Changes_without_an_acting_user_are_refused_before_anything_is_saved()
    {
        var (factory, accounts) = await NewAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => accounts.CreateAsync("olga", "Olga Operator", UserRole.Operator, Password, Password, " "));

        await using var db = factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(ChandlerDbContextFactory Factory, AccountService Accounts)> NewAsync()
    {
        var factory = new ChandlerDbContextFactory(DatabaseOptions.ForDataFolder(_folder));
        await new DatabaseMigrator(factory).MigrateAsync();
        return (factory, new AccountService(factory, _clock));
    }

    private static async Task<List<AuditEntry>> UserEntriesAsync(ChandlerDbContextFactory factory, long userId)
    {
        await using var db = factory.CreateDbContext();
        var id = userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "User" && a.EntityId == id).OrderBy(a => a.Id).ToListAsync();
    }

    private static string? Value(List<AuditEntry> entries, string field) => Assert.Single(entries, e => e.Field == field).NewValue;
}
