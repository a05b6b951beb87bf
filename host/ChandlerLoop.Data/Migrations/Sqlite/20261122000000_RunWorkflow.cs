using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>
/// Run workflow fields on Sqlite: simulation flag, ready time and acceptance outcome of runs;
/// schedule index and preanalytics of samples; raw value, limits and provenance of marker results;
/// code and disposition of deviations; calibration due date of rigs; pre-warm and further acceptance
/// criteria of protocol templates; the 0–4 check on clot scores; deviations indexed by (run, code).
/// Sqlite can add a NOT NULL column only with a default (which the model does not have) and cannot add
/// a check constraint, so the changed tables are rebuilt (create new, copy, drop, rename, re-index) with
/// foreign keys off, keeping ids and each table's AUTOINCREMENT high-water mark. Written by hand;
/// SchemaMatchesModelTests prove the result equals the model.
/// </summary>
[Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(SqliteChandlerDbContext))]
[Migration("20261122000000_RunWorkflow")]
public partial class RunWorkflow : Migration
{
    private const string TempPrefix = "ef_temp_";

    /// <summary>
    /// ScheduleIndex of an existing sample: the rank of its planned offset among the distinct planned
    /// offsets of its run (the schedule the samples were created from), 0-based.
    /// </summary>
    private const string ScheduleIndexOfExistingSample =
        "(SELECT COUNT(DISTINCT o.\"PlannedOffsetMinutes\") FROM \"Samples\" AS o"
        + " JOIN \"Loops\" AS ol ON ol.\"Id\" = o.\"LoopId\""
        + " WHERE ol.\"RunId\" = (SELECT l.\"RunId\" FROM \"Loops\" AS l WHERE l.\"Id\" = \"Samples\".\"LoopId\")"
        + " AND o.\"PlannedOffsetMinutes\" < \"Samples\".\"PlannedOffsetMinutes\")";

    /// <inheritdoc/>
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Dropping a referenced table with foreign keys on would delete-check its children; the pragma
        // is ignored inside a transaction, hence outside it (as EF's own Sqlite rebuilds do).
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);

        migrationBuilder.AddColumn<DateTime>(name: "CalibrationDueUtc", table: "Rigs", type: "TEXT", nullable: true);

        Rebuild(migrationBuilder, "ProtocolTemplates", CreateProtocolTemplates, ProtocolTemplateColumns, ProtocolTemplateDefaults);
        Rebuild(migrationBuilder, "Runs", CreateRuns, RunColumns, new[] { ("IsSimulated", "0") });
        Rebuild(migrationBuilder, "Samples", CreateSamples, SampleColumns, new[] { ("ScheduleIndex", ScheduleIndexOfExistingSample) });
        // Before this version results could only be typed in.
        Rebuild(migrationBuilder, "MarkerResults", CreateMarkerResults, MarkerResultColumns, new[] { ("Source", "'manual'") });
        Rebuild(
            migrationBuilder,
            "Deviations",
            CreateDeviations,
            DeviationColumns,
            new[] { ("Code", "CASE WHEN \"IsAutomatic\" THEN 'automatic' ELSE 'manual' END") });
        Rebuild(migrationBuilder, "ClotScores", (b, name) => CreateClotScores(b, name, withScoreCheck: true), ClotScoreColumns, Array.Empty<(string, string)>());

        CreateIndexesOfRebuiltTables(migrationBuilder);

        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    /// <inheritdoc/>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Deviations_RunId_Code", table: "Deviations");
        migrationBuilder.CreateIndex(name: "IX_Deviations_RunId", table: "Deviations", column: "RunId");

        foreach (var (table, column) in AddedColumns)
        {
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\";");
        }

        // ClotScores is referenced by nothing, so foreign keys may stay on.
        Rebuild(migrationBuilder, "ClotScores", (b, name) => CreateClotScores(b, name, withScoreCheck: false), ClotScoreColumns, Array.Empty<(string, string)>());
        migrationBuilder.CreateIndex(name: "IX_ClotScores_LoopId", table: "ClotScores", column: "LoopId");
        migrationBuilder.CreateIndex(name: "IX_ClotScores_ScorerUserId", table: "ClotScores", column: "ScorerUserId");
    }

    /// <summary>
    /// Replaces <paramref name="table"/> by a new definition: copies <paramref name="keptColumns"/> and
    /// fills the new non-nullable columns from SQL expressions over the old row (new nullable columns
    /// stay null). The indexes of the old table go with it; the caller creates them again.
    /// </summary>
    private static void Rebuild(
        MigrationBuilder migrationBuilder,
        string table,
        Action<MigrationBuilder, string> createTable,
        IReadOnlyList<string> keptColumns,
        IReadOnlyList<(string Column, string Expression)> filledColumns)
    {
        var temp = TempPrefix + table;
        createTable(migrationBuilder, temp);

        var targets = keptColumns.Select(Quote).Concat(filledColumns.Select(f => Quote(f.Column)));
        var sources = keptColumns.Select(Quote).Concat(filledColumns.Select(f => f.Expression));
        migrationBuilder.Sql(
            $"INSERT INTO \"{temp}\" ({string.Join(", ", targets)}) SELECT {string.Join(", ", sources)} FROM \"{table}\";");

        // Keep the AUTOINCREMENT high-water mark: ids of deleted rows are never reused (the audit trail names them).
        migrationBuilder.Sql($"DELETE FROM sqlite_sequence WHERE name = '{temp}';");
        migrationBuilder.Sql($"INSERT INTO sqlite_sequence (name, seq) SELECT '{temp}', seq FROM sqlite_sequence WHERE name = '{table}';");

        migrationBuilder.DropTable(name: table);
        migrationBuilder.RenameTable(name: temp, newName: table);
    }

    private static string Quote(string column) => "\"" + column + "\"";
}
