using Microsoft.EntityFrameworkCore.Migrations;

namespace ChandlerLoop.Data.Migrations.Postgres;

/// <summary>The columns RunWorkflow adds, with the values existing rows get.</summary>
public partial class RunWorkflow
{
    private const string Timestamp = "timestamp with time zone";
    private const string Double = "double precision";

    /// <summary>Every column added by Up, (table, column), for Down.</summary>
    private static readonly (string Table, string Column)[] AddedColumns =
    {
        ("Runs", "IsSimulated"), ("Runs", "ReadyAtUtc"), ("Runs", "AcceptanceOutcome"),
        ("Runs", "AcceptanceEvaluatedAtUtc"), ("Runs", "AcceptanceJson"),
        ("Rigs", "CalibrationDueUtc"),
        ("Samples", "ScheduleIndex"), ("Samples", "ActualExposureSeconds"), ("Samples", "VolumeMilliliters"),
        ("Samples", "OnIceAtUtc"), ("Samples", "CentrifugedAtUtc"), ("Samples", "StorageTemperatureCelsius"),
        ("MarkerResults", "RawValue"), ("MarkerResults", "RawUnit"), ("MarkerResults", "LloqValue"),
        ("MarkerResults", "UloqValue"), ("MarkerResults", "Source"),
        ("Deviations", "Code"), ("Deviations", "DispositionByUserName"), ("Deviations", "DispositionedAtUtc"),
        ("ProtocolTemplates", "PrewarmBandCelsius"), ("ProtocolTemplates", "PrewarmHoldSeconds"),
        ("ProtocolTemplates", "AcceptanceMaxStoppageSeconds"), ("ProtocolTemplates", "AcceptanceMaxDrawToStartMinutes"),
        ("ProtocolTemplates", "AcceptanceBaselinePlateletsMin"), ("ProtocolTemplates", "AcceptanceBaselinePlateletsMax"),
        ("ProtocolTemplates", "AcceptanceNegativeControlMaxTatFold"), ("ProtocolTemplates", "AcceptancePositiveControlMinTatFold"),
        ("ProtocolTemplates", "AcceptanceMaxMinutesToCentrifuge"),
    };

    private static void AddRunAndRigColumns(MigrationBuilder migrationBuilder)
    {
        // Runs recorded before this version were real runs: the simulator did not write to the database.
        AddRequired(migrationBuilder, "Runs", "IsSimulated", "boolean", false);
        migrationBuilder.AddColumn<DateTime>(name: "ReadyAtUtc", table: "Runs", type: Timestamp, nullable: true);
        migrationBuilder.AddColumn<string>(name: "AcceptanceOutcome", table: "Runs", type: "text", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "AcceptanceEvaluatedAtUtc", table: "Runs", type: Timestamp, nullable: true);
        migrationBuilder.AddColumn<string>(name: "AcceptanceJson", table: "Runs", type: "text", nullable: true);

        migrationBuilder.AddColumn<DateTime>(name: "CalibrationDueUtc", table: "Rigs", type: Timestamp, nullable: true);
    }

    private static void AddSampleAndResultColumns(MigrationBuilder migrationBuilder)
    {
        // Filled from the planned offsets by Up after the columns exist.
        AddRequired(migrationBuilder, "Samples", "ScheduleIndex", "integer", 0);
        migrationBuilder.AddColumn<double>(name: "ActualExposureSeconds", table: "Samples", type: Double, nullable: true);
        migrationBuilder.AddColumn<double>(name: "VolumeMilliliters", table: "Samples", type: Double, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "OnIceAtUtc", table: "Samples", type: Timestamp, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "CentrifugedAtUtc", table: "Samples", type: Timestamp, nullable: true);
        migrationBuilder.AddColumn<double>(name: "StorageTemperatureCelsius", table: "Samples", type: Double, nullable: true);

        migrationBuilder.AddColumn<double>(name: "RawValue", table: "MarkerResults", type: Double, nullable: true);
        migrationBuilder.AddColumn<string>(name: "RawUnit", table: "MarkerResults", type: "text", nullable: true);
        migrationBuilder.AddColumn<double>(name: "LloqValue", table: "MarkerResults", type: Double, nullable: true);
        migrationBuilder.AddColumn<double>(name: "UloqValue", table: "MarkerResults", type: Double, nullable: true);
        // Before this version results could only be typed in.
        AddRequired(migrationBuilder, "MarkerResults", "Source", "text", "manual");

        // Manual deviations keep "manual"; automatic ones of earlier versions become "automatic" in Up.
        AddRequired(migrationBuilder, "Deviations", "Code", "text", "manual");
        migrationBuilder.AddColumn<string>(name: "DispositionByUserName", table: "Deviations", type: "text", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "DispositionedAtUtc", table: "Deviations", type: Timestamp, nullable: true);
    }

    private static void AddProtocolTemplateColumns(MigrationBuilder migrationBuilder)
    {
        // The values of ProtocolTemplate's initialisers (DOMAIN §5).
        foreach (var (column, value) in ProtocolTemplateDefaults)
        {
            AddRequired(migrationBuilder, "ProtocolTemplates", column, Double, value);
        }
    }

    /// <summary>New template criteria and the value existing templates get (the entity's initialisers).</summary>
    internal static readonly (string Column, double Value)[] ProtocolTemplateDefaults =
    {
        ("PrewarmBandCelsius", 0.3),
        ("PrewarmHoldSeconds", 300.0),
        ("AcceptanceMaxStoppageSeconds", 10.0),
        ("AcceptanceMaxDrawToStartMinutes", 30.0),
        ("AcceptanceBaselinePlateletsMin", 150.0),
        ("AcceptanceBaselinePlateletsMax", 400.0),
        ("AcceptanceNegativeControlMaxTatFold", 10.0),
        ("AcceptancePositiveControlMinTatFold", 10.0),
        ("AcceptanceMaxMinutesToCentrifuge", 60.0),
    };
}
