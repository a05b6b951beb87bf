using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>
/// First schema of the records on Sqlite: every table, key and index of the model. Written by hand
/// (EF's design-time package is not available); SchemaMatchesModelTests prove it equals the model.
/// </summary>
[Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(SqliteChandlerDbContext))]
[Migration("20260301000000_InitialSchema")]
public partial class InitialSchema : Migration
{
    /// <inheritdoc/>
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateReferenceAndRunTables(migrationBuilder);
        CreateLoopAndResultTables(migrationBuilder);
        CreateIndexes(migrationBuilder);
    }

    /// <inheritdoc/>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Children before parents (foreign keys are RESTRICT).
        migrationBuilder.DropTable(name: "MarkerResults");
        migrationBuilder.DropTable(name: "Samples");
        migrationBuilder.DropTable(name: "ClotScores");
        migrationBuilder.DropTable(name: "TelemetryPoints");
        migrationBuilder.DropTable(name: "RigEvents");
        migrationBuilder.DropTable(name: "Loops");
        migrationBuilder.DropTable(name: "ElectronicSignatures");
        migrationBuilder.DropTable(name: "Deviations");
        migrationBuilder.DropTable(name: "Runs");
        migrationBuilder.DropTable(name: "Users");
        migrationBuilder.DropTable(name: "Rigs");
        migrationBuilder.DropTable(name: "ProtocolTemplates");
        migrationBuilder.DropTable(name: "Donors");
        migrationBuilder.DropTable(name: "AuditEntries");
    }
}
