using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>The indexes of the rebuilt tables (dropped with the old tables), Deviations now by (RunId, Code).</summary>
public partial class RunWorkflow
{
    private static void CreateIndexesOfRebuiltTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(
            name: "IX_ProtocolTemplates_Name_Version",
            table: "ProtocolTemplates",
            columns: new[] { "Name", "Version" },
            unique: true);

        migrationBuilder.CreateIndex(name: "IX_Runs_OperatorUserId", table: "Runs", column: "OperatorUserId");
        migrationBuilder.CreateIndex(name: "IX_Runs_ProtocolTemplateId", table: "Runs", column: "ProtocolTemplateId");
        migrationBuilder.CreateIndex(name: "IX_Runs_RigId", table: "Runs", column: "RigId");
        migrationBuilder.CreateIndex(name: "IX_Runs_RunKey", table: "Runs", column: "RunKey", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Samples_LoopId", table: "Samples", column: "LoopId");

        migrationBuilder.CreateIndex(name: "IX_MarkerResults_EnteredByUserId", table: "MarkerResults", column: "EnteredByUserId");
        migrationBuilder.CreateIndex(
            name: "IX_MarkerResults_SampleId_Analyte",
            table: "MarkerResults",
            columns: new[] { "SampleId", "Analyte" });

        migrationBuilder.CreateIndex(
            name: "IX_Deviations_RunId_Code",
            table: "Deviations",
            columns: new[] { "RunId", "Code" });

        migrationBuilder.CreateIndex(name: "IX_ClotScores_LoopId", table: "ClotScores", column: "LoopId");
        migrationBuilder.CreateIndex(name: "IX_ClotScores_ScorerUserId", table: "ClotScores", column: "ScorerUserId");
    }
}
