using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Postgres;

/// <summary>
/// Run workflow fields on Postgres: simulation flag, ready time and acceptance outcome of runs;
/// schedule index and preanalytics of samples; raw value, limits and provenance of marker results;
/// code and disposition of deviations; calibration due date of rigs; pre-warm and further acceptance
/// criteria of protocol templates; the 0–4 check on clot scores; deviations indexed by (run, code).
/// Non-nullable columns are added with a default that fills the existing rows, then the default is
/// dropped (the model has none). Written by hand; SchemaMatchesModelTests prove the result equals the model.
/// </summary>
[Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(PostgresChandlerDbContext))]
[Migration("20261122000000_RunWorkflow")]
public partial class RunWorkflow : Migration
{
    /// <summary>
    /// ScheduleIndex of an existing sample: the rank of its planned offset among the distinct planned
    /// offsets of its run (the schedule the samples were created from), 0-based.
    /// </summary>
    internal const string ScheduleIndexOfExistingSample =
        "(SELECT COUNT(DISTINCT o.\"PlannedOffsetMinutes\") FROM \"Samples\" AS o"
        + " JOIN \"Loops\" AS ol ON ol.\"Id\" = o.\"LoopId\""
        + " WHERE ol.\"RunId\" = (SELECT l.\"RunId\" FROM \"Loops\" AS l WHERE l.\"Id\" = \"Samples\".\"LoopId\")"
        + " AND o.\"PlannedOffsetMinutes\" < \"Samples\".\"PlannedOffsetMinutes\")";

    /// <inheritdoc/>
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        AddRunAndRigColumns(migrationBuilder);
        AddSampleAndResultColumns(migrationBuilder);
        AddProtocolTemplateColumns(migrationBuilder);

        migrationBuilder.Sql("UPDATE \"Samples\" SET \"ScheduleIndex\" = " + ScheduleIndexOfExistingSample + ";");
        migrationBuilder.Sql("UPDATE \"Deviations\" SET \"Code\" = 'automatic' WHERE \"IsAutomatic\";");

        migrationBuilder.AddCheckConstraint(
            name: "CK_ClotScores_Score",
            table: "ClotScores",
            sql: "\"Score\" BETWEEN 0 AND 4");

        migrationBuilder.DropIndex(name: "IX_Deviations_RunId", table: "Deviations");
        migrationBuilder.CreateIndex(
            name: "IX_Deviations_RunId_Code",
            table: "Deviations",
            columns: new[] { "RunId", "Code" });
    }

    /// <inheritdoc/>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Deviations_RunId_Code", table: "Deviations");
        migrationBuilder.CreateIndex(
            name: "IX_Deviations_RunId",
            table: "Deviations",
            column: "RunId");

        migrationBuilder.DropCheckConstraint(name: "CK_ClotScores_Score", table: "ClotScores");

        foreach (var (table, column) in AddedColumns)
        {
            migrationBuilder.DropColumn(name: column, table: table);
        }
    }

    /// <summary>Adds a non-nullable column filled with <paramref name="existingRowsValue"/> and leaves it without a default.</summary>
    private static void AddRequired<T>(MigrationBuilder migrationBuilder, string table, string column, string type, T existingRowsValue)
    {
        migrationBuilder.AddColumn<T>(name: column, table: table, type: type, nullable: false, defaultValue: existingRowsValue);
        migrationBuilder.Sql($"ALTER TABLE \"{table}\" ALTER COLUMN \"{column}\" DROP DEFAULT;");
    }
}
