using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChandlerLoop.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("Users");
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.Role).HasConversion<string>();
        // A default so that the column can be added to existing rows (SQLite needs one for NOT NULL).
        builder.Property(u => u.FailedSignInCount).HasDefaultValue(0);
    }
}
