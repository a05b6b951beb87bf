namespace ChandlerLoop.Data.Tests.Infrastructure;

/// <summary>New databases on the shared test server.</summary>
public sealed class PostgresDatabaseSource : IDatabaseSource
{
    private readonly PostgresServer _server;

    public PostgresDatabaseSource(PostgresServer server) => _server = server;

    public DatabaseOptions NewDatabase() => DatabaseOptions.ForPostgres(_server.ConnectionString(PostgresServer.NewDatabaseName()));
}
