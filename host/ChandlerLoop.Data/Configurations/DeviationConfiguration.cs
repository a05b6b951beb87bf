using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class DeviationConfiguration : IEntityTypeConfiguration<Deviation>
{
    public void Configure(EntityTypeBuilder<Deviation> builder)
    {
        builder.ToTable("Deviations");
        builder.HasOne(d => d.Run).WithMany().HasForeignKey(d => d.RunId);
        builder.HasIndex(d => new { d.RunId, d.Code });
    }
}
