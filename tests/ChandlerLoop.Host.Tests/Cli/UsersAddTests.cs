using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using ChandlerLoop.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class UsersAddTests
{
    [Fact]
    public async Task Adds_a_user_whose_stored_hash_accepts_the_password_from_stdin()
    {
        using var cli = new CliHarness();

        var run = await cli.RunWithInputAsync("long-enough-secret\n", "users", "add", "mhuber", "--name", "Maria Huber", "--role", "lab-manager", "--password-stdin", "--data", cli.DataFolder);

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var db = cli.Factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "mhuber");
        Assert.Equal("Maria Huber", user.FullName);
        Assert.Equal(UserRole.LabManager, user.Role);
        Assert.True(user.IsActive);
        Assert.Equal(cli.Clock.Now.UtcDateTime, user.CreatedAtUtc);
        Assert.True(PasswordHasher.Verify("long-enough-secret", user.PasswordHash));
        Assert.False(PasswordHasher.Verify("long-enough-secreT", user.PasswordHash));
        Assert.DoesNotContain("long-enough-secret", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_account_is_in_the_audit_trail_as_created_by_the_cli_user_without_the_password()
    {
        using var cli = new CliHarness();

        var run = await cli.RunWithInputAsync("long-enough-secret\n", "users", "add", "mhuber", "--name", "Maria Huber", "--role", "lab-manager", "--password-stdin", "--data", cli.DataFolder);

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var db = cli.Factory.CreateDbContext();
        var user = await db.Users.SingleAsync();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "User").ToListAsync();
        Assert.All(entries, e => Assert.Equal(("cli:" + Environment.UserName, "create", user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (e.UserName, e.Action, e.EntityId)));
        Assert.All(entries, e => Assert.Equal(cli.Clock.Now.UtcDateTime, e.TimestampUtc));
        Assert.Equal("LabManager", Assert.Single(entries, e => e.Field == "Role").NewValue);
        Assert.Equal("(set)", Assert.Single(entries, e => e.Field == "PasswordHash").NewValue);
        Assert.DoesNotContain(entries, e => e.NewValue == user.PasswordHash || (e.NewValue ?? "").Contains("long-enough-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicate_user_fails_with_a_clear_message_and_keeps_the_first_password()
    {
        using var cli = new CliHarness();
        await cli.RunWithInputAsync("first-password-12\n", "users", "add", "op1", "--name", "A", "--role", "operator", "--password-stdin", "--data", cli.DataFolder);

        var second = await cli.RunWithInputAsync("second-password-12\n", "users", "add", "op1", "--name", "B", "--role", "admin", "--password-stdin", "--data", cli.DataFolder);

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.Error, StringComparison.Ordinal);
        await using var db = cli.Factory.CreateDbContext();
        var user = await db.Users.SingleAsync();
        Assert.Equal("A", user.FullName);
        Assert.True(PasswordHasher.Verify("first-password-12", user.PasswordHash));
    }

    [Theory]
    [InlineData("short-pw-11", "at least 12")]
    [InlineData("", "at least 12")]
    public async Task Password_shorter_than_twelve_characters_is_refused_and_nothing_is_saved(string password, string expected)
    {
        using var cli = new CliHarness();

        var run = await cli.RunWithInputAsync(password + "\n", "users", "add", "op2", "--name", "X", "--role", "operator", "--password-stdin", "--data", cli.DataFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.DataFolder, "chandler.db")), "validation happens before the database is opened");
    }

    [Fact]
    public async Task Unknown_role_is_refused_naming_the_accepted_roles()
    {
        using var cli = new CliHarness();

        var run = await cli.RunWithInputAsync("long-enough-secret\n", "users", "add", "op2", "--name", "X", "--role", "boss", "--password-stdin", "--data", cli.DataFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--role", run.Error, StringComparison.Ordinal);
        Assert.Contains("operator, lab-manager or admin", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_password_stdin_and_without_a_terminal_it_refuses_instead_of_hanging()
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync("users", "add", "op2", "--name", "X", "--role", "operator");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--password-stdin", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task There_is_no_password_option()
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync("users", "add", "op2", "--name", "X", "--role", "operator", "--password", "long-enough-secret");

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(cli.DataFolder, "chandler.db")));
    }

    [Fact]
    public async Task Invalid_login_name_is_refused()
    {
        using var cli = new CliHarness();

        var run = await cli.RunWithInputAsync("long-enough-secret\n", "users", "add", "Bad Name", "--name", "X", "--role", "operator", "--password-stdin", "--data", cli.DataFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("<user>", run.Error, StringComparison.Ordinal);
    }
}
