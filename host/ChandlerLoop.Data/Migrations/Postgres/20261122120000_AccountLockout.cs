using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Postgres;

/// <summary>
/// Sign-in lock-out on Postgres: the count of wrong passwords in a row (NOT NULL, default 0, which
/// existing accounts get) and the end of a lock-out (nullable) on Users. Written by hand;
/// SchemaMatchesModelTests prove the result equals the model.
/// </summary>
[Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(PostgresChandlerDbContext))]
[Migration("20261122120000_AccountLockout")]
public partial class AccountLockout : Migration
{
    /// <inheritdoc/>
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "FailedSignInCount", table: "Users", type: "integer", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "LockoutEndUtc", table: "Users", type: "timestamp with time zone", nullable: true);
    }

    /// <inheritdoc/>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "LockoutEndUtc", table: "Users");
        migrationBuilder.DropColumn(name: "FailedSignInCount", table: "Users");
    }
}
