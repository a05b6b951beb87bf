using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class LoopConfiguration : IEntityTypeConfiguration<Loop>
{
    public void Configure(EntityTypeBuilder<Loop> builder)
    {
        builder.ToTable("Loops");
        builder.HasIndex(l => new { l.RunId, l.Position }).IsUnique();
        builder.Property(l => l.Role).HasConversion<string>();
        builder.Property(l => l.Vehicle).HasConversion<string>();
        builder.HasOne(l => l.Run).WithMany().HasForeignKey(l => l.RunId);
        builder.HasOne(l => l.Donor).WithMany().HasForeignKey(l => l.DonorId);
    }
}
