using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class DonorConfiguration : IEntityTypeConfiguration<Donor>
{
    public void Configure(EntityTypeBuilder<Donor> builder)
    {
        builder.ToTable("Donors");
        builder.HasIndex(d => d.PseudonymousId).IsUnique();
        builder.Property(d => d.AboGroup).HasConversion<string>();
        builder.Property(d => d.Sex).HasConversion<string>();
        builder.Property(d => d.InfectionScreen).HasConversion<string>();
    }
}
