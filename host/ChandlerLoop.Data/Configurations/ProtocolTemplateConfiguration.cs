using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class ProtocolTemplateConfiguration : IEntityTypeConfiguration<ProtocolTemplate>
{
    public void Configure(EntityTypeBuilder<ProtocolTemplate> builder)
    {
        builder.ToTable("ProtocolTemplates");
        builder.HasIndex(p => new { p.Name, p.Version }).IsUnique();
    }
}
