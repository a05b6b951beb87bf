using ChandlerLoop.Data.Audit;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Data;

/// <summary>
/// The host's records. Use a provider-specific subclass (<see cref="SqliteChandlerDbContext"/>,
/// <see cref="PostgresChandlerDbContext"/>), normally through <see cref="ChandlerDbContextFactory"/>.
/// Saving audits result entities and accounts (see <see cref="AuditPolicy"/>): set <see cref="ActingUserName"/>
/// and pass a reason to <see cref="SaveChanges(string)"/> for any change or delete; refused saves
/// throw <see cref="DataIntegrityException"/> and write nothing.
/// </summary>
public abstract class ChandlerDbContext : DbContext
{
    private readonly AuditSaver _auditSaver;
    private string? _pendingReason;

    /// <summary>Creates the context with provider options built by a subclass.</summary>
    protected ChandlerDbContext(DbContextOptions options)
        : base(options)
    {
        _auditSaver = new AuditSaver(this);
    }

    /// <summary>Login name recorded in audit entries for changes saved through this context.</summary>
    public string? ActingUserName { get; set; }

    /// <summary>Clock for audit time stamps (tests may substitute one).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The provider this context runs on.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Rigs.</summary>
    public DbSet<Rig> Rigs => Set<Rig>();

    /// <summary>Protocol template versions.</summary>
    public DbSet<ProtocolTemplate> ProtocolTemplates => Set<ProtocolTemplate>();

    /// <summary>Runs.</summary>
    public DbSet<Run> Runs => Set<Run>();

    /// <summary>Loops.</summary>
    public DbSet<Loop> Loops => Set<Loop>();

    /// <summary>Donors.</summary>
    public DbSet<Donor> Donors => Set<Donor>();

    /// <summary>Samples.</summary>
    public DbSet<Sample> Samples => Set<Sample>();

    /// <summary>Marker results.</summary>
    public DbSet<MarkerResult> MarkerResults => Set<MarkerResult>();

    /// <summary>Clot scores.</summary>
    public DbSet<ClotScore> ClotScores => Set<ClotScore>();

    /// <summary>Telemetry points.</summary>
    public DbSet<TelemetryPoint> TelemetryPoints => Set<TelemetryPoint>();

    /// <summary>Rig events.</summary>
    public DbSet<RigEvent> RigEvents => Set<RigEvent>();

    /// <summary>Deviations.</summary>
    public DbSet<Deviation> Deviations => Set<Deviation>();

    /// <summary>Audit entries (append-only; never change or delete them through the context).</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Users.</summary>
    public DbSet<User> Users => Set<User>();

    /// <summary>Electronic signatures.</summary>
    public DbSet<ElectronicSignature> ElectronicSignatures => Set<ElectronicSignature>();

    /// <summary>Saves with the reason recorded in the audit entries of every audited change.</summary>
    public int SaveChanges(string reason)
    {
        _pendingReason = reason;
        try
        {
            return SaveChanges();
        }
        finally
        {
            _pendingReason = null;
        }
    }

    /// <summary>Saves with the reason recorded in the audit entries of every audited change.</summary>
    public async Task<int> SaveChangesAsync(string reason, CancellationToken cancellationToken = default)
    {
        _pendingReason = reason;
        try
        {
            return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pendingReason = null;
        }
    }

    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        _auditSaver.SaveAsync(_pendingReason, acceptAllChangesOnSuccess, async: false, CancellationToken.None)
            .GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        _auditSaver.SaveAsync(_pendingReason, acceptAllChangesOnSuccess, async: true, cancellationToken);

    internal int BaseSaveChanges(bool acceptAllChangesOnSuccess) => base.SaveChanges(acceptAllChangesOnSuccess);

    internal Task<int> BaseSaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ChandlerDbContext).Assembly);
        // Records are never cascaded away: deleting a parent that still has records is refused.
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var foreignKey in entityType.GetForeignKeys())
            {
                foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
            }
        }
    }
}
