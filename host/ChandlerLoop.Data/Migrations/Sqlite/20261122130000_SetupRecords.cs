using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>
/// Set-up records a test report needs (DOMAIN §6) on Sqlite: donor sex, age band, medication-free
/// interval and infection screen; the run's tubing material, coating, inner diameter and loop length.
/// All nullable (older runs have none), so plain ADD COLUMN suffices. Written by hand;
/// MigrationTests prove the result equals the model.
/// </summary>
[Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(SqliteChandlerDbContext))]
[Migration("20261122130000_SetupRecords")]
public partial class SetupRecords : Migration
{
    private static readonly (string Table, string Column, string Type)[] Added =
    {
        ("Donors", "Sex", "TEXT"),
        ("Donors", "AgeBand", "TEXT"),
        ("Donors", "MedicationFreeDays", "INTEGER"),
        ("Donors", "InfectionScreen", "TEXT"),
        ("Runs", "TubingMaterial", "TEXT"),
        ("Runs", "TubingCoating", "TEXT"),
        ("Runs", "TubingInnerDiameterMillimeters", "REAL"),
        ("Runs", "LoopLengthCentimeters", "REAL"),
    };

    /// <inheritdoc/>
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, column, type) in Added)
        {
            switch (type)
            {
                case "INTEGER":
                    migrationBuilder.AddColumn<int>(name: column, table: table, type: type, nullable: true);
                    break;
                case "REAL":
                    migrationBuilder.AddColumn<double>(name: column, table: table, type: type, nullable: true);
                    break;
                default:
                    migrationBuilder.AddColumn<string>(name: column, table: table, type: type, nullable: true);
                    break;
            }
        }
    }

    /// <inheritdoc/>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Sqlite 3.35+ drops a column that no index or constraint uses, as here.
        foreach (var (table, column, _) in Added)
        {
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\";");
        }
    }
}
