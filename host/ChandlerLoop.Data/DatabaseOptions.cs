namespace ChandlerLoop.Data;

/// <summary>
/// Where the records live. SQLite (default): one file, by default "chandler.db" in the app's data
/// folder. PostgreSQL: an Npgsql connection string. Check with <see cref="Validate"/>; the factory
/// refuses invalid options with an <see cref="ArgumentException"/> carrying the same message.
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>File name of the SQLite database inside the data folder.</summary>
    public const string DefaultSqliteFileName = "chandler.db";

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Full path of the SQLite file (SQLite only).</summary>
    public string? SqliteFilePath { get; init; }

    /// <summary>Npgsql connection string (PostgreSQL only).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>SQLite in the given data folder (the default setup).</summary>
    public static DatabaseOptions ForDataFolder(string dataFolder) =>
        new() { Provider = DatabaseProvider.Sqlite, SqliteFilePath = Path.Combine(dataFolder, DefaultSqliteFileName) };

    /// <summary>SQLite in the given file.</summary>
    public static DatabaseOptions ForSqliteFile(string filePath) =>
        new() { Provider = DatabaseProvider.Sqlite, SqliteFilePath = filePath };

    /// <summary>PostgreSQL with the given connection string.</summary>
    public static DatabaseOptions ForPostgres(string connectionString) =>
        new() { Provider = DatabaseProvider.Postgres, PostgresConnectionString = connectionString };

    /// <summary>
    /// Options from configuration values: provider "sqlite" (default when empty) or "postgres" /
    /// "postgresql"; for SQLite the file defaults to the data folder. Returns null and an error text
    /// for an unknown provider or a missing connection string.
    /// </summary>
    public static DatabaseOptions? FromSettings(string? provider, string? connectionString, string dataFolder, out string? error)
    {
        error = null;
        var name = (provider ?? "").Trim().ToLowerInvariant();
        switch (name)
        {
            case "" or "sqlite":
                return string.IsNullOrWhiteSpace(connectionString) ? ForDataFolder(dataFolder) : ForSqliteFile(connectionString);
            case "postgres" or "postgresql":
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    error = "Database provider 'postgres' needs a connection string (e.g. Host=...;Database=chandler;Username=...).";
                    return null;
                }

                return ForPostgres(connectionString);
            default:
                error = "Unknown database provider '" + provider + "': use 'sqlite' (default) or 'postgres'.";
                return null;
        }
    }

    /// <summary>Null when usable, otherwise what is wrong.</summary>
    public string? Validate() => Provider switch
    {
        DatabaseProvider.Sqlite when string.IsNullOrWhiteSpace(SqliteFilePath) => "SQLite needs a database file path.",
        DatabaseProvider.Postgres when string.IsNullOrWhiteSpace(PostgresConnectionString) => "PostgreSQL needs a connection string.",
        DatabaseProvider.Sqlite or DatabaseProvider.Postgres => null,
        _ => "Unknown database provider " + Provider + ".",
    };
}
