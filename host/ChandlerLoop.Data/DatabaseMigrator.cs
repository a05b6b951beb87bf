using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data;

/// <summary>
/// Applies the hand-written migrations of the configured provider at start-up (creating the database
/// when it does not exist). Running it again is a no-op.
/// </summary>
public sealed class DatabaseMigrator
{
    private readonly ChandlerDbContextFactory _factory;

    /// <summary>Creates the migrator.</summary>
    public DatabaseMigrator(ChandlerDbContextFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>Applies pending migrations; returns the ids of those applied (empty when up to date).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = _factory.CreateDbContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return pending;
    }

    /// <summary>Applies migrations up to and including <paramref name="targetMigration"/> (tests, upgrades).</summary>
    public async Task MigrateToAsync(string targetMigration, CancellationToken cancellationToken = default)
    {
        await using var db = _factory.CreateDbContext();
        await db.Database.MigrateAsync(targetMigration, cancellationToken).ConfigureAwait(false);
    }
}
