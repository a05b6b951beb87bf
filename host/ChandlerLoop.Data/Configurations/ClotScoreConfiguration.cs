using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class ClotScoreConfiguration : IEntityTypeConfiguration<ClotScore>
{
    public void Configure(EntityTypeBuilder<ClotScore> builder)
    {
        builder.ToTable("ClotScores");
        builder.HasOne(c => c.Loop).WithMany().HasForeignKey(c => c.LoopId);
        builder.HasOne(c => c.Scorer).WithMany().HasForeignKey(c => c.ScorerUserId);
    }
}
