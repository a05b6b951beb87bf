namespace ChandlerLoop.Data.Tests.Infrastructure;

/// <summary>New SQLite files in a temp directory.</summary>
public sealed class SqliteDatabaseSource : IDatabaseSource, IDisposable
{
    private readonly TempDirectory _directory = new();

    public DatabaseOptions NewDatabase() => DatabaseOptions.ForSqliteFile(_directory.File(Guid.NewGuid().ToString("N") + ".db"));

    public void Dispose() => _directory.Dispose();
}
