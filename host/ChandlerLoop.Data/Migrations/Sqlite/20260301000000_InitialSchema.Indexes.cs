using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>Indexes: unique business keys, the audit chain's PreviousHash, and every foreign key.</summary>
public partial class InitialSchema
{
    private static void CreateIndexes(MigrationBuilder migrationBuilder)
    {

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_EntityType_EntityId",
            table: "AuditEntries",
            columns: new[] { "EntityType", "EntityId" });

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_PreviousHash",
            table: "AuditEntries",
            column: "PreviousHash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ClotScores_LoopId",
            table: "ClotScores",
            column: "LoopId");

        migrationBuilder.CreateIndex(
            name: "IX_ClotScores_ScorerUserId",
            table: "ClotScores",
            column: "ScorerUserId");

        migrationBuilder.CreateIndex(
            name: "IX_Deviations_RunId",
            table: "Deviations",
            column: "RunId");

        migrationBuilder.CreateIndex(
            name: "IX_Donors_PseudonymousId",
            table: "Donors",
            column: "PseudonymousId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ElectronicSignatures_RunId",
            table: "ElectronicSignatures",
            column: "RunId");

        migrationBuilder.CreateIndex(
            name: "IX_ElectronicSignatures_UserId",
            table: "ElectronicSignatures",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_Loops_DonorId",
            table: "Loops",
            column: "DonorId");

        migrationBuilder.CreateIndex(
            name: "IX_Loops_RunId_Position",
            table: "Loops",
            columns: new[] { "RunId", "Position" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_MarkerResults_EnteredByUserId",
            table: "MarkerResults",
            column: "EnteredByUserId");

        migrationBuilder.CreateIndex(
            name: "IX_MarkerResults_SampleId_Analyte",
            table: "MarkerResults",
            columns: new[] { "SampleId", "Analyte" });

        migrationBuilder.CreateIndex(
            name: "IX_ProtocolTemplates_Name_Version",
            table: "ProtocolTemplates",
            columns: new[] { "Name", "Version" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_RigEvents_RigId",
            table: "RigEvents",
            column: "RigId");

        migrationBuilder.CreateIndex(
            name: "IX_RigEvents_RunId",
            table: "RigEvents",
            column: "RunId");

        migrationBuilder.CreateIndex(
            name: "IX_Rigs_RigKey",
            table: "Rigs",
            column: "RigKey",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Runs_OperatorUserId",
            table: "Runs",
            column: "OperatorUserId");

        migrationBuilder.CreateIndex(
            name: "IX_Runs_ProtocolTemplateId",
            table: "Runs",
            column: "ProtocolTemplateId");

        migrationBuilder.CreateIndex(
            name: "IX_Runs_RigId",
            table: "Runs",
            column: "RigId");

        migrationBuilder.CreateIndex(
            name: "IX_Runs_RunKey",
            table: "Runs",
            column: "RunKey",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Samples_LoopId",
            table: "Samples",
            column: "LoopId");

        migrationBuilder.CreateIndex(
            name: "IX_TelemetryPoints_RunId_Sequence",
            table: "TelemetryPoints",
            columns: new[] { "RunId", "Sequence" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Users_UserName",
            table: "Users",
            column: "UserName",
            unique: true);
    }
}
