namespace ChandlerLoop.Data.Tests;

public sealed class DatabaseOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SQLite")]
    public void Sqlite_is_the_default_and_lives_in_the_data_folder(string? provider)
    {
        var options = DatabaseOptions.FromSettings(provider, null, "/var/lib/chandler", out var error);
        Assert.Null(error);
        Assert.Equal(DatabaseProvider.Sqlite, options!.Provider);
        Assert.Equal(Path.Combine("/var/lib/chandler", "chandler.db"), options.SqliteFilePath);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("PostgreSQL")]
    public void Postgres_is_selected_by_name_with_its_connection_string(string provider)
    {
        var options = DatabaseOptions.FromSettings(provider, "Host=db;Database=chandler", "/data", out var error);
        Assert.Null(error);
        Assert.Equal(DatabaseProvider.Postgres, options!.Provider);
        Assert.Equal("Host=db;Database=chandler", options.PostgresConnectionString);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_a_clear_error()
    {
        Assert.Null(DatabaseOptions.FromSettings("postgres", " ", "/data", out var error));
        Assert.Contains("connection string", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_a_clear_error_and_the_factory_refuses_invalid_options()
    {
        Assert.Null(DatabaseOptions.FromSettings("oracle", "x", "/data", out var error));
        Assert.Contains("oracle", error, StringComparison.Ordinal);
        var thrown = Assert.Throws<ArgumentException>(() => new ChandlerDbContextFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres }));
        Assert.Contains("connection string", thrown.Message, StringComparison.Ordinal);
    }
}
