using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ChandlerLoop.Data.Migrations.Postgres;

/// <summary>Tables without loops: audit, donors, protocols, rigs, users, runs, deviations, signatures.</summary>
public partial class InitialSchema
{
    private static void CreateReferenceAndRunTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                TimestampUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UserName = table.Column<string>(type: "text", nullable: false),
                EntityType = table.Column<string>(type: "text", nullable: false),
                EntityId = table.Column<string>(type: "text", nullable: false),
                Action = table.Column<string>(type: "text", nullable: false),
                Field = table.Column<string>(type: "text", nullable: false),
                OldValue = table.Column<string>(type: "text", nullable: true),
                NewValue = table.Column<string>(type: "text", nullable: true),
                Reason = table.Column<string>(type: "text", nullable: true),
                PreviousHash = table.Column<string>(type: "text", nullable: false),
                Hash = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Donors",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PseudonymousId = table.Column<string>(type: "text", nullable: false),
                AboGroup = table.Column<string>(type: "text", nullable: false),
                Anticoagulant = table.Column<string>(type: "text", nullable: false),
                AnticoagulantDoseIuPerMilliliter = table.Column<double>(type: "double precision", nullable: false),
                AnticoagulantLot = table.Column<string>(type: "text", nullable: true),
                DrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Donors", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ProtocolTemplates",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(type: "text", nullable: false),
                Version = table.Column<int>(type: "integer", nullable: false),
                SetpointCelsius = table.Column<double>(type: "double precision", nullable: false),
                SpeedRpm = table.Column<double>(type: "double precision", nullable: false),
                DurationMinutes = table.Column<double>(type: "double precision", nullable: false),
                SamplingOffsetsMinutes = table.Column<string>(type: "text", nullable: false),
                AcceptanceTemperatureBandCelsius = table.Column<double>(type: "double precision", nullable: false),
                AcceptanceMinTimeInBandPercent = table.Column<double>(type: "double precision", nullable: false),
                AcceptanceExcursionLimitCelsius = table.Column<double>(type: "double precision", nullable: false),
                AcceptanceMaxExcursionSeconds = table.Column<double>(type: "double precision", nullable: false),
                AcceptanceSpeedTolerancePercent = table.Column<double>(type: "double precision", nullable: false),
                AcceptanceExposureToleranceSeconds = table.Column<double>(type: "double precision", nullable: false),
                AcceptanceNegativeControlMaxPlateletConsumptionPercent = table.Column<double>(type: "double precision", nullable: false),
                AcceptancePositiveControlMinPlateletConsumptionPercent = table.Column<double>(type: "double precision", nullable: false),
                MarkerPanel = table.Column<string>(type: "text", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProtocolTemplates", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Rigs",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RigKey = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "text", nullable: false),
                FirmwareVersion = table.Column<string>(type: "text", nullable: true),
                LastSeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                CalibrationTemperatureOffsetCelsius = table.Column<double>(type: "double precision", nullable: false),
                CalibrationReferenceThermometer = table.Column<string>(type: "text", nullable: true),
                CalibrationTachometerSpeedRpm = table.Column<double>(type: "double precision", nullable: true),
                CalibratedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Rigs", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Users",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserName = table.Column<string>(type: "text", nullable: false),
                FullName = table.Column<string>(type: "text", nullable: false),
                Role = table.Column<string>(type: "text", nullable: false),
                PasswordHash = table.Column<string>(type: "text", nullable: false),
                IsActive = table.Column<bool>(type: "boolean", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Users", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Runs",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RunKey = table.Column<string>(type: "text", nullable: false),
                RigId = table.Column<long>(type: "bigint", nullable: false),
                ProtocolTemplateId = table.Column<long>(type: "bigint", nullable: false),
                ProtocolSnapshotJson = table.Column<string>(type: "text", nullable: false),
                OperatorUserId = table.Column<long>(type: "bigint", nullable: false),
                State = table.Column<string>(type: "text", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                PrewarmStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                LoadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                EndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                EndReason = table.Column<string>(type: "text", nullable: true),
                Notes = table.Column<string>(type: "text", nullable: true),
                IsLocked = table.Column<bool>(type: "boolean", nullable: false),
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
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RunId = table.Column<long>(type: "bigint", nullable: false),
                What = table.Column<string>(type: "text", nullable: false),
                Impact = table.Column<string>(type: "text", nullable: true),
                Disposition = table.Column<string>(type: "text", nullable: true),
                IsAutomatic = table.Column<bool>(type: "boolean", nullable: false),
                RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
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
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RunId = table.Column<long>(type: "bigint", nullable: false),
                UserId = table.Column<long>(type: "bigint", nullable: false),
                PrintedName = table.Column<string>(type: "text", nullable: false),
                SignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Meaning = table.Column<string>(type: "text", nullable: false),
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
