using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>
/// Sign-in lock-out on Sqlite: the count of wrong passwords in a row (NOT NULL, default 0, which
/// existing accounts get) and the end of a lock-out (nullable) on Users. Down drops both columns
/// (Sqlite 3.35+ ALTER TABLE DROP COLUMN). Written by hand; SchemaMatchesModelTests prove the result
/// equals the model.
/// </summary>
[Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(SqliteChandlerDbContext))]
[Migration("20261122120000_AccountLockout")]
public partial class AccountLockout : Migration
{
    /// <inheritdoc/>
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "FailedSignInCount", table: "Users", type: "INTEGER", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "LockoutEndUtc", table: "Users", type: "TEXT", nullable: true);
    }

    /// <inheritdoc/>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE \"Users\" DROP COLUMN \"LockoutEndUtc\";");
        migrationBuilder.Sql("ALTER TABLE \"Users\" DROP COLUMN \"FailedSignInCount\";");
    }
}
