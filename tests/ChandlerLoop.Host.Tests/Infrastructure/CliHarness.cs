using ChandlerLoop.Data;
using ChandlerLoop.Host.Cli;

namespace ChandlerLoop.Host.Tests.Infrastructure;

/// <summary>
/// Runs `chandler` verbs in process against a private temporary data folder (SQLite), with output
/// and errors captured, no real environment variables (<see cref="Environment"/> instead) and a
/// fixed clock. Dispose deletes the folder.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Root = Directory.CreateTempSubdirectory("chandler-cli-").FullName;
        DataFolder = Path.Combine(Root, "data");
    }

    /// <summary>Temporary root (holds the data folder and anything a test writes).</summary>
    public string Root { get; }

    /// <summary>The default data folder given to the CLI (not created until a verb needs it).</summary>
    public string DataFolder { get; }

    /// <summary>Environment variables the CLI sees.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>The CLI's clock.</summary>
    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The SQLite database in <see cref="DataFolder"/>.</summary>
    public ChandlerDbContextFactory Factory => new(DatabaseOptions.ForDataFolder(DataFolder));

    /// <summary>Runs `chandler args` with empty stdin.</summary>
    public Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs `chandler args` with <paramref name="stdin"/> as standard input.</summary>
    public async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var context = CliContext.ForWriters(output, error, input, Environment, Clock, DataFolder);
        var code = await ChandlerCommandLine.RunAsync(args, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with `--data DataFolder` prepended to the verb's arguments.</summary>
    public Task<CliRun> RunInDataAsync(params string[] args) => RunAsync([.. args, "--data", DataFolder]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
        catch (UnauthorizedAccessException)
        {
            // Files written by the 'mosquitto' user.
        }
    }
}
