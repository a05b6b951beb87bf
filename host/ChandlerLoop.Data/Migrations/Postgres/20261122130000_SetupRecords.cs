using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Postgres;

/// <summary>
/// Set-up records a test report needs (DOMAIN §6) on Postgres: donor sex, age band, medication-free
/// interval and infection screen; the run's tubing material, coating, inner diameter and loop length.
/// All nullable (older runs have none), so plain ADD COLUMN suffices. Written by hand;
/// MigrationTests prove the result equals the model.
/// </summary>
[Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(PostgresChandlerDbContext))]
[Migration("20261122130000_SetupRecords")]
public partial class SetupRecords : Migration
{
    private static readonly (string Table, string Column, string Type)[] Added =
    {
        ("Donors", "Sex", "text"),
        ("Donors", "AgeBand", "text"),
        ("Donors", "MedicationFreeDays", "integer"),
        ("Donors", "InfectionScreen", "text"),
        ("Runs", "TubingMaterial", "text"),
        ("Runs", "TubingCoating", "text"),
        ("Runs", "TubingInnerDiameterMillimeters", "double precision"),
        ("Runs", "LoopLengthCentimeters", "double precision"),
    };

    /// <inheritdoc/>
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, column, type) in Added)
        {
            switch (type)
            {
                case "integer":
                    migrationBuilder.AddColumn<int>(name: column, table: table, type: type, nullable: true);
                    break;
                case "double precision":
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
        foreach (var (table, column, _) in Added)
        {
            migrationBuilder.DropColumn(name: column, table: table);
        }
    }
}
