using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>Loops and what hangs off them: results, samples, clot scores, telemetry, rig events.</summary>
public partial class InitialSchema
{
    private static void CreateLoopAndResultTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Loops",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RunId = table.Column<long>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                Role = table.Column<string>(type: "TEXT", nullable: false),
                CellProduct = table.Column<string>(type: "TEXT", nullable: true),
                TissueSource = table.Column<string>(type: "TEXT", nullable: true),
                CellLot = table.Column<string>(type: "TEXT", nullable: true),
                Passage = table.Column<int>(type: "INTEGER", nullable: true),
                ViabilityPercent = table.Column<double>(type: "REAL", nullable: true),
                TissueFactorPositivePercent = table.Column<double>(type: "REAL", nullable: true),
                DoseCellsPerMilliliter = table.Column<double>(type: "REAL", nullable: false),
                StockConcentrationCellsPerMilliliter = table.Column<double>(type: "REAL", nullable: true),
                VolumeToPipetteMicroliters = table.Column<double>(type: "REAL", nullable: true),
                BloodVolumeMilliliters = table.Column<double>(type: "REAL", nullable: false),
                Vehicle = table.Column<string>(type: "TEXT", nullable: false),
                VehicleFractionPercent = table.Column<double>(type: "REAL", nullable: false),
                DonorId = table.Column<long>(type: "INTEGER", nullable: false),
                LoadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RigId = table.Column<long>(type: "INTEGER", nullable: false),
                RunId = table.Column<long>(type: "INTEGER", nullable: true),
                Kind = table.Column<string>(type: "TEXT", nullable: false),
                TimeSinceBootSeconds = table.Column<double>(type: "REAL", nullable: false),
                ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
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
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RunId = table.Column<long>(type: "INTEGER", nullable: false),
                Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                TimeSinceBootSeconds = table.Column<double>(type: "REAL", nullable: false),
                ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                State = table.Column<string>(type: "TEXT", nullable: false),
                ControlTemperatureCelsius = table.Column<double>(type: "REAL", nullable: true),
                SafetyTemperatureCelsius = table.Column<double>(type: "REAL", nullable: true),
                SetpointCelsius = table.Column<double>(type: "REAL", nullable: false),
                HeaterDutyCycle = table.Column<double>(type: "REAL", nullable: false),
                DrumSpeedRpm = table.Column<double>(type: "REAL", nullable: false),
                DrumSpeedSetpointRpm = table.Column<double>(type: "REAL", nullable: false),
                ExposureSeconds = table.Column<double>(type: "REAL", nullable: false),
                Fault = table.Column<string>(type: "TEXT", nullable: false),
                WasReplayed = table.Column<bool>(type: "INTEGER", nullable: false),
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
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                LoopId = table.Column<long>(type: "INTEGER", nullable: false),
                Score = table.Column<int>(type: "INTEGER", nullable: false),
                ScorerUserId = table.Column<long>(type: "INTEGER", nullable: false),
                ScoredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                WetWeightMilligrams = table.Column<double>(type: "REAL", nullable: true),
                PhotoPath = table.Column<string>(type: "TEXT", nullable: true),
                PhotoSha256 = table.Column<string>(type: "TEXT", nullable: true),
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
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                LoopId = table.Column<long>(type: "INTEGER", nullable: false),
                PlannedOffsetMinutes = table.Column<double>(type: "REAL", nullable: false),
                TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                TubeId = table.Column<string>(type: "TEXT", nullable: true),
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
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SampleId = table.Column<long>(type: "INTEGER", nullable: false),
                Analyte = table.Column<string>(type: "TEXT", nullable: false),
                Value = table.Column<double>(type: "REAL", nullable: false),
                Unit = table.Column<string>(type: "TEXT", nullable: false),
                DilutionFactor = table.Column<double>(type: "REAL", nullable: false),
                IsBelowLloq = table.Column<bool>(type: "INTEGER", nullable: false),
                IsAboveUloq = table.Column<bool>(type: "INTEGER", nullable: false),
                Method = table.Column<string>(type: "TEXT", nullable: true),
                KitLot = table.Column<string>(type: "TEXT", nullable: true),
                EnteredByUserId = table.Column<long>(type: "INTEGER", nullable: false),
                EnteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
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
