namespace ChandlerLoop.Data;

/// <summary>Which database engine holds the records.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite file in the app's data folder (default).</summary>
    Sqlite,
    /// <summary>PostgreSQL server (lab installation), via Npgsql.</summary>
    Postgres,
}
