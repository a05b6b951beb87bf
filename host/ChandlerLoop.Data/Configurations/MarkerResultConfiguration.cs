using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class MarkerResultConfiguration : IEntityTypeConfiguration<MarkerResult>
{
    public void Configure(EntityTypeBuilder<MarkerResult> builder)
    {
        builder.ToTable("MarkerResults");
        builder.HasIndex(m => new { m.SampleId, m.Analyte });
        builder.HasOne(m => m.Sample).WithMany().HasForeignKey(m => m.SampleId);
        builder.HasOne(m => m.EnteredBy).WithMany().HasForeignKey(m => m.EnteredByUserId);
    }
}
