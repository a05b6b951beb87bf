using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class RigConfiguration : IEntityTypeConfiguration<Rig>
{
    public void Configure(EntityTypeBuilder<Rig> builder)
    {
        builder.ToTable("Rigs");
        builder.HasIndex(r => r.RigKey).IsUnique();
    }
}
