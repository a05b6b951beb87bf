using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ChandlerLoop.Data.Migrations.Postgres;

/// <summary>Loops and what hangs off them: results, samples, clot scores, telemetry, rig events.</summary>
public partial class InitialSchema
{
    private static void CreateLoopAndResultTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Loops",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RunId = table.Column<long>(type: "bigint", nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
                Role = table.Column<string>(type: "text", nullable: false),
                CellProduct = table.Column<string>(type: "text", nullable: true),
                TissueSource = table.Column<string>(type: "text", nullable: true),
                CellLot = table.Column<string>(type: "text", nullable: true),
                Passage = table.Column<int>(type: "integer", nullable: true),
                ViabilityPercent = table.Column<double>(type: "double precision", nullable: true),
                TissueFactorPositivePercent = table.Column<double>(type: "double precision", nullable: true),
                DoseCellsPerMilliliter = table.Column<double>(type: "double precision", nullable: false),
                StockConcentrationCellsPerMilliliter = table.Column<double>(type: "double precision", nullable: true),
                VolumeToPipetteMicroliters = table.Column<double>(type: "double precision", nullable: true),
                BloodVolumeMilliliters = table.Column<double>(type: "double precision", nullable: false),
                Vehicle = table.Column<string>(type: "text", nullable: false),
                VehicleFractionPercent = table.Column<double>(type: "double precision", nullable: false),
                DonorId = table.Column<long>(type: "bigint", nullable: false),
                LoadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Loops", x => x.Id);
                table.ForeignKey(
                    name: "FK_Loops_Donors_DonorId",
                    column: x => x.DonorId,
                    principalTable: "Donors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Loops_Runs_RunId",
                    column: x => x.RunId,
                    principalTable: "Runs",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "RigEvents",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RigId = table.Column<long>(type: "bigint", nullable: false),
                RunId = table.Column<long>(type: "bigint", nullable: true),
                Kind = table.Column<string>(type: "text", nullable: false),
                TimeSinceBootSeconds = table.Column<double>(type: "double precision", nullable: false),
                ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                PayloadJson = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RigEvents", x => x.Id);
                table.ForeignKey(
                    name: "FK_RigEvents_Rigs_RigId",
                    column: x => x.RigId,
                    principalTable: "Rigs",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_RigEvents_Runs_RunId",
                    column: x => x.RunId,
                    principalTable: "Runs",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "TelemetryPoints",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RunId = table.Column<long>(type: "bigint", nullable: false),
                Sequence = table.Column<int>(type: "integer", nullable: false),
                TimeSinceBootSeconds = table.Column<double>(type: "double precision", nullable: false),
                ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                State = table.Column<string>(type: "text", nullable: false),
                ControlTemperatureCelsius = table.Column<double>(type: "double precision", nullable: true),
                SafetyTemperatureCelsius = table.Column<double>(type: "double precision", nullable: true),
                SetpointCelsius = table.Column<double>(type: "double precision", nullable: false),
                HeaterDutyCycle = table.Column<double>(type: "double precision", nullable: false),
                DrumSpeedRpm = table.Column<double>(type: "double precision", nullable: false),
                DrumSpeedSetpointRpm = table.Column<double>(type: "double precision", nullable: false),
                ExposureSeconds = table.Column<double>(type: "double precision", nullable: false),
                Fault = table.Column<string>(type: "text", nullable: false),
                WasReplayed = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TelemetryPoints", x => x.Id);
                table.ForeignKey(
                    name: "FK_TelemetryPoints_Runs_RunId",
                    column: x => x.RunId,
                    principalTable: "Runs",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ClotScores",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                LoopId = table.Column<long>(type: "bigint", nullable: false),
                Score = table.Column<int>(type: "integer", nullable: false),
                ScorerUserId = table.Column<long>(type: "bigint", nullable: false),
                ScoredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                WetWeightMilligrams = table.Column<double>(type: "double precision", nullable: true),
                PhotoPath = table.Column<string>(type: "text", nullable: true),
                PhotoSha256 = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClotScores", x => x.Id);
                table.ForeignKey(
                    name: "FK_ClotScores_Loops_LoopId",
                    column: x => x.LoopId,
                    principalTable: "Loops",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ClotScores_Users_ScorerUserId",
                    column: x => x.ScorerUserId,
                    principalTable: "Users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Samples",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                LoopId = table.Column<long>(type: "bigint", nullable: false),
                PlannedOffsetMinutes = table.Column<double>(type: "double precision", nullable: false),
                TakenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                TubeId = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Samples", x => x.Id);
                table.ForeignKey(
                    name: "FK_Samples_Loops_LoopId",
                    column: x => x.LoopId,
                    principalTable: "Loops",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "MarkerResults",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SampleId = table.Column<long>(type: "bigint", nullable: false),
                Analyte = table.Column<string>(type: "text", nullable: false),
                Value = table.Column<double>(type: "double precision", nullable: false),
                Unit = table.Column<string>(type: "text", nullable: false),
                DilutionFactor = table.Column<double>(type: "double precision", nullable: false),
                IsBelowLloq = table.Column<bool>(type: "boolean", nullable: false),
                IsAboveUloq = table.Column<bool>(type: "boolean", nullable: false),
                Method = table.Column<string>(type: "text", nullable: true),
                KitLot = table.Column<string>(type: "text", nullable: true),
                EnteredByUserId = table.Column<long>(type: "bigint", nullable: false),
                EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MarkerResults", x => x.Id);
                table.ForeignKey(
                    name: "FK_MarkerResults_Samples_SampleId",
                    column: x => x.SampleId,
                    principalTable: "Samples",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_MarkerResults_Users_EnteredByUserId",
                    column: x => x.EnteredByUserId,
                    principalTable: "Users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });
    }
}
