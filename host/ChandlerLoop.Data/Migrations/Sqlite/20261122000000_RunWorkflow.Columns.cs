namespace ChandlerLoop.Data.Migrations.Sqlite;

/// <summary>The columns of the rebuilt tables as InitialSchema made them, and the columns RunWorkflow adds.</summary>
public partial class RunWorkflow
{
    private static readonly string[] ProtocolTemplateColumns =
    {
        "Id", "Name", "Version", "SetpointCelsius", "SpeedRpm", "DurationMinutes", "SamplingOffsetsMinutes",
        "AcceptanceTemperatureBandCelsius", "AcceptanceMinTimeInBandPercent", "AcceptanceExcursionLimitCelsius",
        "AcceptanceMaxExcursionSeconds", "AcceptanceSpeedTolerancePercent", "AcceptanceExposureToleranceSeconds",
        "AcceptanceNegativeControlMaxPlateletConsumptionPercent", "AcceptancePositiveControlMinPlateletConsumptionPercent",
        "MarkerPanel", "CreatedAtUtc",
    };

    /// <summary>New template criteria and the value existing templates get (ProtocolTemplate's initialisers).</summary>
    private static readonly (string Column, string Expression)[] ProtocolTemplateDefaults =
    {
        ("PrewarmBandCelsius", "0.3"),
        ("PrewarmHoldSeconds", "300.0"),
        ("AcceptanceMaxStoppageSeconds", "10.0"),
        ("AcceptanceMaxDrawToStartMinutes", "30.0"),
        ("AcceptanceBaselinePlateletsMin", "150.0"),
        ("AcceptanceBaselinePlateletsMax", "400.0"),
        ("AcceptanceNegativeControlMaxTatFold", "10.0"),
        ("AcceptancePositiveControlMinTatFold", "10.0"),
        ("AcceptanceMaxMinutesToCentrifuge", "60.0"),
    };

    private static readonly string[] RunColumns =
    {
        "Id", "RunKey", "RigId", "ProtocolTemplateId", "ProtocolSnapshotJson", "OperatorUserId", "State",
        "CreatedAtUtc", "PrewarmStartedAtUtc", "LoadedAtUtc", "EndedAtUtc", "EndReason", "Notes", "IsLocked",
    };

    private static readonly string[] SampleColumns = { "Id", "LoopId", "PlannedOffsetMinutes", "TakenAtUtc", "TubeId" };

    private static readonly string[] MarkerResultColumns =
    {
        "Id", "SampleId", "Analyte", "Value", "Unit", "DilutionFactor", "IsBelowLloq", "IsAboveUloq", "Method",
        "KitLot", "EnteredByUserId", "EnteredAtUtc",
    };

    private static readonly string[] DeviationColumns =
    {
        "Id", "RunId", "What", "Impact", "Disposition", "IsAutomatic", "RecordedAtUtc",
    };

    private static readonly string[] ClotScoreColumns =
    {
        "Id", "LoopId", "Score", "ScorerUserId", "ScoredAtUtc", "WetWeightMilligrams", "PhotoPath", "PhotoSha256",
    };

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
}
