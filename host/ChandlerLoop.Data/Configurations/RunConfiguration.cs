using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<Run>
{
    public void Configure(EntityTypeBuilder<Run> builder)
    {
        builder.ToTable("Runs");
        builder.HasIndex(r => r.RunKey).IsUnique();
        builder.Property(r => r.State).HasConversion<string>();
        builder.HasOne(r => r.Rig).WithMany().HasForeignKey(r => r.RigId);
        builder.HasOne(r => r.ProtocolTemplate).WithMany().HasForeignKey(r => r.ProtocolTemplateId);
        builder.HasOne(r => r.Operator).WithMany().HasForeignKey(r => r.OperatorUserId);
    }
}
