using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class TelemetryPointConfiguration : IEntityTypeConfiguration<TelemetryPoint>
{
    public void Configure(EntityTypeBuilder<TelemetryPoint> builder)
    {
        builder.ToTable("TelemetryPoints");
        builder.HasIndex(t => new { t.RunId, t.Sequence }).IsUnique();
        builder.HasOne(t => t.Run).WithMany().HasForeignKey(t => t.RunId);
    }
}
