using System.Data.Common;
using ChandlerLoop.Data.Tests.Infrastructure;

namespace ChandlerLoop.Data.Tests.Migrations;

/// <summary>
/// A completed run as a database at InitialSchema holds it, written with plain SQL (the current model
/// has columns that schema lacks): user, rig, template, donor, run, a negative-control and a test loop,
/// samples at 0/15/30 min (the test loop's 15-min sample missing), a TAT result, a clot score, a manual
/// and an automatic deviation, and a deleted result that held the highest MarkerResults id.
/// </summary>
public sealed class InitialSchemaRun
{
    public static readonly DateTime CreatedAtUtc = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime DrawnAtUtc = new(2026, 3, 2, 8, 40, 0, DateTimeKind.Utc);
    public static readonly DateTime LoadedAtUtc = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime EndedAtUtc = new(2026, 3, 2, 9, 30, 5, DateTimeKind.Utc);
    public static readonly DateTime CalibratedAtUtc = new(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    public long UserId { get; private set; }
    public long RigId { get; private set; }
    public long TemplateId { get; private set; }
    public long RunId { get; private set; }
    public long NegativeLoopId { get; private set; }
    public long TestLoopId { get; private set; }

    /// <summary>Sample ids by (loop id, planned offset min).</summary>
    public Dictionary<(long LoopId, double OffsetMinutes), long> SampleIds { get; } = new();

    public long ResultId { get; private set; }
    public long DeletedResultId { get; private set; }
    public long ClotScoreId { get; private set; }
    public long ManualDeviationId { get; private set; }
    public long AutomaticDeviationId { get; private set; }

    public static DateTime TakenAtUtc(double offsetMinutes) => LoadedAtUtc.AddMinutes(offsetMinutes).AddSeconds(20);

    public static async Task<InitialSchemaRun> WriteAsync(DbConnection c)
    {
        var r = new InitialSchemaRun();
        r.UserId = await RawRows.InsertAsync(c, "Users", ("UserName", "alice"), ("FullName", "Alice Operator"), ("Role", "Operator"),
            ("PasswordHash", "pbkdf2$x"), ("IsActive", true), ("CreatedAtUtc", CreatedAtUtc));
        r.RigId = await RawRows.InsertAsync(c, "Rigs", ("RigKey", "rig-01"), ("Name", "Bench 1"), ("FirmwareVersion", "1.0.0"),
            ("LastSeenUtc", EndedAtUtc), ("CalibrationTemperatureOffsetCelsius", -0.15), ("CalibrationReferenceThermometer", "PT100 #4471"),
            ("CalibrationTachometerSpeedRpm", 30.1), ("CalibratedAtUtc", CalibratedAtUtc));
        r.TemplateId = await RawRows.InsertAsync(c, "ProtocolTemplates", ("Name", "MSC loop 30 min"), ("Version", 1),
            ("SetpointCelsius", 37.0), ("SpeedRpm", 30.0), ("DurationMinutes", 30.0), ("SamplingOffsetsMinutes", "0,15,30"),
            ("AcceptanceTemperatureBandCelsius", 0.5), ("AcceptanceMinTimeInBandPercent", 95.0), ("AcceptanceExcursionLimitCelsius", 1.0),
            ("AcceptanceMaxExcursionSeconds", 60.0), ("AcceptanceSpeedTolerancePercent", 5.0), ("AcceptanceExposureToleranceSeconds", 30.0),
            ("AcceptanceNegativeControlMaxPlateletConsumptionPercent", 20.0), ("AcceptancePositiveControlMinPlateletConsumptionPercent", 50.0),
            ("MarkerPanel", "PLT,TAT,C3a,sC5b-9,D-dimer"), ("CreatedAtUtc", CreatedAtUtc));
        var donorId = await RawRows.InsertAsync(c, "Donors", ("PseudonymousId", "D-0042"), ("AboGroup", "AB"), ("Anticoagulant", "heparin"),
            ("AnticoagulantDoseIuPerMilliliter", 1.0), ("AnticoagulantLot", "H-7731"), ("DrawnAtUtc", DrawnAtUtc));
        r.RunId = await RawRows.InsertAsync(c, "Runs", ("RunKey", "R-20260302-01"), ("RigId", r.RigId), ("ProtocolTemplateId", r.TemplateId),
            ("ProtocolSnapshotJson", "{\"samplingOffsetsMinutes\":[0,15,30]}"), ("OperatorUserId", r.UserId), ("State", "Completed"),
            ("CreatedAtUtc", CreatedAtUtc), ("PrewarmStartedAtUtc", CreatedAtUtc.AddMinutes(30)), ("LoadedAtUtc", LoadedAtUtc),
            ("EndedAtUtc", EndedAtUtc), ("EndReason", "completed"), ("Notes", "donor 2 h fasted"), ("IsLocked", false));
        r.NegativeLoopId = await InsertLoopAsync(c, r.RunId, donorId, 1, "NegativeControl", null, 0.0);
        r.TestLoopId = await InsertLoopAsync(c, r.RunId, donorId, 2, "TestArticle", "BM-MSC", 15_000.0);

        foreach (var (loopId, offset) in new[] { (r.NegativeLoopId, 0.0), (r.NegativeLoopId, 15.0), (r.NegativeLoopId, 30.0), (r.TestLoopId, 0.0), (r.TestLoopId, 30.0) })
        {
            r.SampleIds[(loopId, offset)] = await RawRows.InsertAsync(c, "Samples", ("LoopId", loopId), ("PlannedOffsetMinutes", offset),
                ("TakenAtUtc", TakenAtUtc(offset)), ("TubeId", $"T-{loopId}-{offset}"));
        }

        r.ResultId = await InsertResultAsync(c, r.SampleIds[(r.TestLoopId, 30.0)], r.UserId, 48.5);
        r.DeletedResultId = await InsertResultAsync(c, r.SampleIds[(r.TestLoopId, 0.0)], r.UserId, 3.1);
        Assert.Equal(1, await RawRows.ExecuteAsync(c, $"DELETE FROM \"MarkerResults\" WHERE \"Id\" = {r.DeletedResultId}"));

        r.ClotScoreId = await RawRows.InsertAsync(c, "ClotScores", ("LoopId", r.TestLoopId), ("Score", 3), ("ScorerUserId", r.UserId),
            ("ScoredAtUtc", EndedAtUtc.AddMinutes(10)), ("WetWeightMilligrams", 41.7), ("PhotoPath", "photos/R-20260302-01-2.jpg"),
            ("PhotoSha256", new string('a', 64)));
        r.ManualDeviationId = await RawRows.InsertAsync(c, "Deviations", ("RunId", r.RunId), ("What", "sample at 15 min of loop 2 not taken"),
            ("Impact", "no 15-min point for loop 2"), ("Disposition", "accepted"), ("IsAutomatic", false), ("RecordedAtUtc", EndedAtUtc));
        r.AutomaticDeviationId = await RawRows.InsertAsync(c, "Deviations", ("RunId", r.RunId), ("What", "temperature 37.9 °C for 12 s"),
            ("Impact", null), ("Disposition", null), ("IsAutomatic", true), ("RecordedAtUtc", LoadedAtUtc.AddMinutes(7)));
        return r;
    }

    private static Task<long> InsertLoopAsync(DbConnection c, long runId, long donorId, int position, string role, string? product, double dose) =>
        RawRows.InsertAsync(c, "Loops", ("RunId", runId), ("Position", position), ("Role", role), ("CellProduct", product),
            ("TissueSource", product is null ? null : "bone marrow"), ("CellLot", product is null ? null : "L-2291"),
            ("Passage", product is null ? null : 4), ("ViabilityPercent", product is null ? null : 92.5),
            ("TissueFactorPositivePercent", product is null ? null : 3.2), ("DoseCellsPerMilliliter", dose),
            ("StockConcentrationCellsPerMilliliter", product is null ? null : 1.0e6), ("VolumeToPipetteMicroliters", product is null ? null : 105.0),
            ("BloodVolumeMilliliters", 7.0), ("Vehicle", "AbPlasma"), ("VehicleFractionPercent", 1.5), ("DonorId", donorId),
            ("LoadedAtUtc", LoadedAtUtc));

    private static Task<long> InsertResultAsync(DbConnection c, long sampleId, long userId, double value) =>
        RawRows.InsertAsync(c, "MarkerResults", ("SampleId", sampleId), ("Analyte", "TAT"), ("Value", value), ("Unit", "µg/L"),
            ("DilutionFactor", 2.0), ("IsBelowLloq", false), ("IsAboveUloq", false), ("Method", "ELISA"), ("KitLot", "K-118"),
            ("EnteredByUserId", userId), ("EnteredAtUtc", EndedAtUtc.AddHours(2)));
}
