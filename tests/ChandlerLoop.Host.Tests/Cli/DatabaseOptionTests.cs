using ChandlerLoop.Host.Tests.Infrastructure;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class DatabaseOptionTests
{
    [Fact]
    public async Task Db_migrate_applies_every_migration_once_then_reports_up_to_date()
    {
        using var cli = new CliHarness();

        var first = await cli.RunInDataAsync("db", "migrate");
        var second = await cli.RunInDataAsync("db", "migrate");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("applied 20260301000000_InitialSchema", first.Out, StringComparison.Ordinal);
        Assert.Contains("applied 20261122000000_RunWorkflow", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cli.DataFolder, "chandler.db")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("applied", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_folder_comes_from_CHANDLER_DATA_and_the_option_wins_over_it()
    {
        using var cli = new CliHarness();
        var fromEnvironment = Path.Combine(cli.Root, "env-data");
        var fromOption = Path.Combine(cli.Root, "option-data");
        cli.Environment["CHANDLER_DATA"] = fromEnvironment;

        var viaEnvironment = await cli.RunAsync("db", "migrate");
        var viaOption = await cli.RunAsync("db", "migrate", "--data", fromOption);

        Assert.Equal(0, viaEnvironment.ExitCode);
        Assert.Equal(0, viaOption.ExitCode);
        Assert.True(File.Exists(Path.Combine(fromEnvironment, "chandler.db")));
        Assert.True(File.Exists(Path.Combine(fromOption, "chandler.db")));
        Assert.False(Directory.Exists(cli.DataFolder), "the default folder must not be used when a folder is given");
    }

    [Fact]
    public async Task Unknown_provider_is_refused_naming_the_option_and_the_accepted_values_and_creates_nothing()
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync("db", "migrate", "--db-provider", "oracle");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--db-provider", run.Error, StringComparison.Ordinal);
        Assert.Contains("sqlite", run.Error, StringComparison.Ordinal);
        Assert.Contains("postgres", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.DataFolder));
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_refused()
    {
        using var cli = new CliHarness();
        cli.Environment["CHANDLER_DB_PROVIDER"] = "postgres";

        var run = await cli.RunInDataAsync("audit", "verify");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("connection string", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error_on_stderr()
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync("db", "migrate", "--colour", "blue");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }
}
