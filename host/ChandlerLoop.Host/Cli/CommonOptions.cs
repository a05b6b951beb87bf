using System.CommandLine;
using ChandlerLoop.Data;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// Options every verb accepts (declared once on the root, recursive): <c>--data</c> (env
/// CHANDLER_DATA, default <see cref="CliContext.DefaultDataFolder"/>), <c>--db-provider</c>
/// sqlite|postgres (env CHANDLER_DB_PROVIDER) and <c>--db-connection</c> (env CHANDLER_DB_CONNECTION:
/// an Npgsql connection string, or for SQLite a database file instead of data-folder/chandler.db).
/// Command-line values win over environment variables.
/// </summary>
internal sealed class CommonOptions
{
    /// <summary>Environment variable for the data folder.</summary>
    public const string DataVariable = "CHANDLER_DATA";

    /// <summary>Environment variable for the database provider.</summary>
    public const string ProviderVariable = "CHANDLER_DB_PROVIDER";

    /// <summary>Environment variable for the database connection string.</summary>
    public const string ConnectionVariable = "CHANDLER_DB_CONNECTION";

    private readonly CliContext _context;

    /// <summary>Creates the options for <paramref name="context"/>.</summary>
    public CommonOptions(CliContext context)
    {
        _context = context;
        Data = new Option<string>("--data")
        {
            Description = "Data folder (SQLite database, exports). Env " + DataVariable + "; default " + context.DefaultDataFolder + ".",
            Recursive = true,
            HelpName = "folder",
        };
        Provider = new Option<string>("--db-provider")
        {
            Description = "Database engine: sqlite (default) or postgres. Env " + ProviderVariable + ".",
            Recursive = true,
            HelpName = "sqlite|postgres",
        };
        Connection = new Option<string>("--db-connection")
        {
            Description = "Npgsql connection string for postgres (or a SQLite file path). Env " + ConnectionVariable + ".",
            Recursive = true,
            HelpName = "connection",
        };
    }

    /// <summary><c>--data</c>.</summary>
    public Option<string> Data { get; }

    /// <summary><c>--db-provider</c>.</summary>
    public Option<string> Provider { get; }

    /// <summary><c>--db-connection</c>.</summary>
    public Option<string> Connection { get; }

    /// <summary>Adds the options to the root command.</summary>
    public void AddTo(Command root)
    {
        root.Add(Data);
        root.Add(Provider);
        root.Add(Connection);
    }

    /// <summary>The data folder: option, then environment, then the default; made absolute.</summary>
    public string DataFolder(ParseResult parse)
    {
        var value = FirstNonEmpty(parse.GetValue(Data), _context.Environment(DataVariable)) ?? _context.DefaultDataFolder;
        return Path.GetFullPath(value);
    }

    /// <summary>The database options, or a <see cref="CliUsageException"/> naming the option and accepted values.</summary>
    public DatabaseOptions DatabaseOptions(ParseResult parse)
    {
        var provider = FirstNonEmpty(parse.GetValue(Provider), _context.Environment(ProviderVariable));
        var connection = FirstNonEmpty(parse.GetValue(Connection), _context.Environment(ConnectionVariable));
        var options = ChandlerLoop.Data.DatabaseOptions.FromSettings(provider, connection, DataFolder(parse), out var error);
        if (options is null)
        {
            throw new CliUsageException("--db-provider / --db-connection: " + error
                + " (accepted providers: sqlite, postgres; also from " + ProviderVariable + " / " + ConnectionVariable + ").");
        }

        return options;
    }

    /// <summary>Opens the database and applies pending migrations first; returns the factory and the migrations applied.</summary>
    public async Task<(ChandlerDbContextFactory Factory, IReadOnlyList<string> Applied)> OpenDatabaseAsync(ParseResult parse, CancellationToken ct)
    {
        var factory = new ChandlerDbContextFactory(DatabaseOptions(parse));
        var applied = await new DatabaseMigrator(factory).MigrateAsync(ct).ConfigureAwait(false);
        return (factory, applied);
    }

    private static string? FirstNonEmpty(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) ? a : !string.IsNullOrWhiteSpace(b) ? b : null;
}
