using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        // One successor per entry: two concurrent appends on the same head cannot both commit.
        builder.HasIndex(a => a.PreviousHash).IsUnique();
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
