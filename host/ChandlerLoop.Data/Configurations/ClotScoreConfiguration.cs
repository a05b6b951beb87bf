using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class ClotScoreConfiguration : IEntityTypeConfiguration<ClotScore>
{
    public void Configure(EntityTypeBuilder<ClotScore> builder)
    {
        // The 0–4 scale of DOMAIN §3 is enforced by the database too, not only by the services.
        builder.ToTable("ClotScores", t => t.HasCheckConstraint("CK_ClotScores_Score", "\"Score\" BETWEEN 0 AND 4"));
        builder.HasOne(c => c.Loop).WithMany().HasForeignKey(c => c.LoopId);
        builder.HasOne(c => c.Scorer).WithMany().HasForeignKey(c => c.ScorerUserId);
    }
}
