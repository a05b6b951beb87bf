using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>The rebuilt tables as the model has them now; <c>name</c> is the temporary name during a rebuild.</summary>
public partial class RunWorkflow
{
    private static void CreateProtocolTemplates(MigrationBuilder migrationBuilder, string name)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
                SetpointCelsius = table.Column<double>(type: "REAL", nullable: false),
                SpeedRpm = table.Column<double>(type: "REAL", nullable: false),
                DurationMinutes = table.Column<double>(type: "REAL", nullable: false),
                SamplingOffsetsMinutes = table.Column<string>(type: "TEXT", nullable: false),
                AcceptanceTemperatureBandCelsius = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceMinTimeInBandPercent = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceExcursionLimitCelsius = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceMaxExcursionSeconds = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceSpeedTolerancePercent = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceExposureToleranceSeconds = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceNegativeControlMaxPlateletConsumptionPercent = table.Column<double>(type: "REAL", nullable: false),
                AcceptancePositiveControlMinPlateletConsumptionPercent = table.Column<double>(type: "REAL", nullable: false),
                MarkerPanel = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                PrewarmBandCelsius = table.Column<double>(type: "REAL", nullable: false),
                PrewarmHoldSeconds = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceMaxStoppageSeconds = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceMaxDrawToStartMinutes = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceBaselinePlateletsMin = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceBaselinePlateletsMax = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceNegativeControlMaxTatFold = table.Column<double>(type: "REAL", nullable: false),
                AcceptancePositiveControlMinTatFold = table.Column<double>(type: "REAL", nullable: false),
                AcceptanceMaxMinutesToCentrifuge = table.Column<double>(type: "REAL", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProtocolTemplates", x => x.Id);
            });
    }

    private static void CreateRuns(MigrationBuilder migrationBuilder, string name)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RunKey = table.Column<string>(type: "TEXT", nullable: false),
                RigId = table.Column<long>(type: "INTEGER", nullable: false),
                ProtocolTemplateId = table.Column<long>(type: "INTEGER", nullable: false),
                ProtocolSnapshotJson = table.Column<string>(type: "TEXT", nullable: false),
                OperatorUserId = table.Column<long>(type: "INTEGER", nullable: false),
                State = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                PrewarmStartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                LoadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                EndReason = table.Column<string>(type: "TEXT", nullable: true),
                Notes = table.Column<string>(type: "TEXT", nullable: true),
                IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                IsSimulated = table.Column<bool>(type: "INTEGER", nullable: false),
                ReadyAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                AcceptanceOutcome = table.Column<string>(type: "TEXT", nullable: true),
                AcceptanceEvaluatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                AcceptanceJson = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Runs", x => x.Id);
                table.ForeignKey(
                    name: "FK_Runs_ProtocolTemplates_ProtocolTemplateId",
                    column: x => x.ProtocolTemplateId,
                    principalTable: "ProtocolTemplates",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Runs_Rigs_RigId",
                    column: x => x.RigId,
                    principalTable: "Rigs",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Runs_Users_OperatorUserId",
                    column: x => x.OperatorUserId,
                    principalTable: "Users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });
    }

    private static void CreateSamples(MigrationBuilder migrationBuilder, string name)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                LoopId = table.Column<long>(type: "INTEGER", nullable: false),
                PlannedOffsetMinutes = table.Column<double>(type: "REAL", nullable: false),
                TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                TubeId = table.Column<string>(type: "TEXT", nullable: true),
                ScheduleIndex = table.Column<int>(type: "INTEGER", nullable: false),
                ActualExposureSeconds = table.Column<double>(type: "REAL", nullable: true),
                VolumeMilliliters = table.Column<double>(type: "REAL", nullable: true),
                OnIceAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                CentrifugedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                StorageTemperatureCelsius = table.Column<double>(type: "REAL", nullable: true),
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
    }

    private static void CreateMarkerResults(MigrationBuilder migrationBuilder, string name)
    {
        migrationBuilder.CreateTable(
            name: name,
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
                RawValue = table.Column<double>(type: "REAL", nullable: true),
                RawUnit = table.Column<string>(type: "TEXT", nullable: true),
                LloqValue = table.Column<double>(type: "REAL", nullable: true),
                UloqValue = table.Column<double>(type: "REAL", nullable: true),
                Source = table.Column<string>(type: "TEXT", nullable: false),
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

    private static void CreateDeviations(MigrationBuilder migrationBuilder, string name)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RunId = table.Column<long>(type: "INTEGER", nullable: false),
                What = table.Column<string>(type: "TEXT", nullable: false),
                Impact = table.Column<string>(type: "TEXT", nullable: true),
                Disposition = table.Column<string>(type: "TEXT", nullable: true),
                IsAutomatic = table.Column<bool>(type: "INTEGER", nullable: false),
                RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Code = table.Column<string>(type: "TEXT", nullable: false),
                DispositionByUserName = table.Column<string>(type: "TEXT", nullable: true),
                DispositionedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Deviations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Deviations_Runs_RunId",
                    column: x => x.RunId,
                    principalTable: "Runs",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });
    }

    private static void CreateClotScores(MigrationBuilder migrationBuilder, string name, bool withScoreCheck)
    {
        migrationBuilder.CreateTable(
            name: name,
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
                if (withScoreCheck)
                {
                    table.CheckConstraint("CK_ClotScores_Score", "\"Score\" BETWEEN 0 AND 4");
                }

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
    }
}
