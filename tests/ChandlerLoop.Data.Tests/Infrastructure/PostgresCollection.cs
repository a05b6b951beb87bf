namespace ChandlerLoop.Data.Tests.Infrastructure;

/// <summary>All PostgreSQL tests share one server; each test uses its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
