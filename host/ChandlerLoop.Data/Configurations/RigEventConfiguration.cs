using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class RigEventConfiguration : IEntityTypeConfiguration<RigEvent>
{
    public void Configure(EntityTypeBuilder<RigEvent> builder)
    {
        builder.ToTable("RigEvents");
        builder.HasOne(e => e.Rig).WithMany().HasForeignKey(e => e.RigId);
        builder.HasOne(e => e.Run).WithMany().HasForeignKey(e => e.RunId);
    }
}
