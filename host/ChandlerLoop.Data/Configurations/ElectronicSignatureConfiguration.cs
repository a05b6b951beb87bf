using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class ElectronicSignatureConfiguration : IEntityTypeConfiguration<ElectronicSignature>
{
    public void Configure(EntityTypeBuilder<ElectronicSignature> builder)
    {
        builder.ToTable("ElectronicSignatures");
        builder.Property(s => s.Meaning).HasConversion<string>();
        builder.HasOne(s => s.Run).WithMany().HasForeignKey(s => s.RunId);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId);
    }
}
