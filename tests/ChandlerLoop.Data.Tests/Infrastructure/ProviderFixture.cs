namespace ChandlerLoop.Data.Tests.Infrastructure;

/// <summary>Creates fresh databases for one provider, for tests that run on both.</summary>
public interface IDatabaseSource
{
    /// <summary>Options for a new, empty database (file or server database) that no other test uses.</summary>
    DatabaseOptions NewDatabase();
}
