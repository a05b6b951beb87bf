using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>Tables without loops: audit, donors, protocols, rigs, users, runs, deviations, signatures.</summary>
public partial class InitialSchema
{
    private static void CreateReferenceAndRunTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                TimestampUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                UserName = table.Column<string>(type: "TEXT", nullable: false),
                EntityType = table.Column<string>(type: "TEXT", nullable: false),
                EntityId = table.Column<string>(type: "TEXT", nullable: false),
                Action = table.Column<string>(type: "TEXT", nullable: false),
                Field = table.Column<string>(type: "TEXT", nullable: false),
                OldValue = table.Column<string>(type: "TEXT", nullable: true),
                NewValue = table.Column<string>(type: "TEXT", nullable: true),
                Reason = table.Column<string>(type: "TEXT", nullable: true),
                PreviousHash = table.Column<string>(type: "TEXT", nullable: false),
                Hash = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Donors",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                PseudonymousId = table.Column<string>(type: "TEXT", nullable: false),
                AboGroup = table.Column<string>(type: "TEXT", nullable: false),
                Anticoagulant = table.Column<string>(type: "TEXT", nullable: false),
                AnticoagulantDoseIuPerMilliliter = table.Column<double>(type: "REAL", nullable: false),
                AnticoagulantLot = table.Column<string>(type: "TEXT", nullable: true),
                DrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Donors", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ProtocolTemplates",
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
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProtocolTemplates", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Rigs",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RigKey = table.Column<string>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                FirmwareVersion = table.Column<string>(type: "TEXT", nullable: true),
                LastSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                CalibrationTemperatureOffsetCelsius = table.Column<double>(type: "REAL", nullable: false),
                CalibrationReferenceThermometer = table.Column<string>(type: "TEXT", nullable: true),
                CalibrationTachometerSpeedRpm = table.Column<double>(type: "REAL", nullable: true),
                CalibratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Rigs", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Users",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserName = table.Column<string>(type: "TEXT", nullable: false),
                FullName = table.Column<string>(type: "TEXT", nullable: false),
                Role = table.Column<string>(type: "TEXT", nullable: false),
                PasswordHash = table.Column<string>(type: "TEXT", nullable: false),
                IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Users", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Runs",
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

        migrationBuilder.CreateTable(
            name: "Deviations",
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

        migrationBuilder.CreateTable(
            name: "ElectronicSignatures",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RunId = table.Column<long>(type: "INTEGER", nullable: false),
                UserId = table.Column<long>(type: "INTEGER", nullable: false),
                PrintedName = table.Column<string>(type: "TEXT", nullable: false),
                SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Meaning = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ElectronicSignatures", x => x.Id);
                table.ForeignKey(
                    name: "FK_ElectronicSignatures_Runs_RunId",
                    column: x => x.RunId,
                    principalTable: "Runs",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ElectronicSignatures_Users_UserId",
                    column: x => x.UserId,
                    principalTable: "Users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });
    }
}
