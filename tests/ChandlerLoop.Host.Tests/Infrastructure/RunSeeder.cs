using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;

namespace ChandlerLoop.Host.Tests.Infrastructure;

/// <summary>
/// Writes complete runs straight into a migrated database for the read-only verbs: operator "op1",
/// a rig, a template, two loops (negative control and a BM-MSC test article) of one donor, samples at
/// 0 and 30 min, PLT and TAT results, a clot score, a deviation, a signature, telemetry, an event and
/// an acceptance JSON with one passed and one failed check.
/// </summary>
internal static class RunSeeder
{
    public const string OperatorUser = "op1";

    public static async Task<long> SeedRunAsync(ChandlerDbContextFactory factory, string runKey, string rigKey,
        RunState state = RunState.Completed, bool simulated = false, DateTime? createdUtc = null)
    {
        await new DatabaseMigrator(factory).MigrateAsync();
        await using var db = factory.CreateDbContext();
        db.ActingUserName = OperatorUser;
        var created = createdUtc ?? new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);
        var user = db.Users.FirstOrDefault(u => u.UserName == OperatorUser) ?? db.Users.Add(new User
        {
            UserName = OperatorUser, FullName = "Olga Operator", Role = UserRole.Operator,
            PasswordHash = PasswordHasher.Hash("operator-password-1", PasswordHasher.MinimumIterations), CreatedAtUtc = created,
        }).Entity;
        var rig = db.Rigs.FirstOrDefault(r => r.RigKey == rigKey) ?? db.Rigs.Add(new Rig
        {
            RigKey = rigKey, Name = rigKey, FirmwareVersion = "0.1.0", CalibrationTemperatureOffsetCelsius = 0.12,
            CalibratedAtUtc = created.AddDays(-30), CalibrationDueUtc = created.AddDays(335),
        }).Entity;
        var template = db.ProtocolTemplates.FirstOrDefault() ?? db.ProtocolTemplates.Add(new ProtocolTemplate
        {
            Name = "MSC loop 30 min", Version = 1, SamplingOffsetsMinutes = "0,30", MarkerPanel = "PLT,TAT", CreatedAtUtc = created,
        }).Entity;
        var donor = new Donor { PseudonymousId = "D-" + runKey, AboGroup = AboGroup.O, Anticoagulant = "heparin", AnticoagulantDoseIuPerMilliliter = 1.0, DrawnAtUtc = created.AddMinutes(-20) };
        var run = new Run
        {
            RunKey = runKey, Rig = rig, ProtocolTemplate = template, ProtocolSnapshotJson = "{\"name\":\"MSC loop 30 min\",\"setpoint_celsius\":37}",
            Operator = user, State = state, CreatedAtUtc = created, LoadedAtUtc = created.AddMinutes(10), EndedAtUtc = created.AddMinutes(40),
            IsSimulated = simulated, Notes = "seeded", AcceptanceOutcome = "fail", AcceptanceEvaluatedAtUtc = created.AddHours(2),
            AcceptanceJson = "{\"outcome\":\"fail\",\"checks\":[{\"code\":\"temperature_in_band\",\"title\":\"Temperature in band\",\"passed\":true,\"value\":99.1,\"limit\":95,\"unit\":\"%\",\"detail\":\"ok\"},"
                + "{\"code\":\"negative_control_consumption\",\"title\":\"Negative control platelet consumption\",\"passed\":false,\"value\":31.5,\"limit\":25,\"unit\":\"%\",\"detail\":\"too high\"}]}",
        };
        db.Runs.Add(run);
        var control = new Loop { Run = run, Position = 1, Role = LoopRole.NegativeControl, Donor = donor, BloodVolumeMilliliters = 7, Vehicle = Vehicle.AbPlasma, VehicleFractionPercent = 5 };
        var test = new Loop { Run = run, Position = 2, Role = LoopRole.TestArticle, CellProduct = "BM-MSC", Donor = donor, DoseCellsPerMilliliter = 30_000, BloodVolumeMilliliters = 7, Vehicle = Vehicle.AbPlasma, VehicleFractionPercent = 5 };
        db.Loops.AddRange(control, test);
        foreach (var loop in new[] { control, test })
        {
            for (var i = 0; i < 2; i++)
            {
                var sample = new Sample { Loop = loop, ScheduleIndex = i, PlannedOffsetMinutes = i * 30, TakenAtUtc = created.AddMinutes(10 + (i * 30)), TubeId = runKey + "-" + loop.Position + "-" + i };
                db.Samples.Add(sample);
                db.MarkerResults.Add(new MarkerResult { Sample = sample, Analyte = "PLT", Value = i == 0 ? 250 : (loop == test ? 120 : 230), Unit = "10^9/L", EnteredBy = user, EnteredAtUtc = created.AddHours(1), Source = simulated ? "simulated" : "manual" });
                db.MarkerResults.Add(new MarkerResult { Sample = sample, Analyte = "TAT", Value = i == 0 ? 3 : (loop == test ? 90 : 6), Unit = "µg/L", EnteredBy = user, EnteredAtUtc = created.AddHours(1), Source = simulated ? "simulated" : "manual" });
            }
        }

        db.ClotScores.Add(new ClotScore { Loop = test, Score = 3, Scorer = user, ScoredAtUtc = created.AddHours(1), WetWeightMilligrams = 42 });
        db.Deviations.Add(new Deviation { Run = run, Code = "negative_control_consumption", What = "Negative control consumed 31.5 % platelets", IsAutomatic = true, RecordedAtUtc = created.AddHours(2) });
        db.ElectronicSignatures.Add(new ElectronicSignature { Run = run, User = user, PrintedName = user.FullName, SignedAtUtc = created.AddHours(3), Meaning = SignatureMeaning.PerformedBy });
        for (var s = 1; s <= 3; s++)
        {
            db.TelemetryPoints.Add(new TelemetryPoint { Run = run, Sequence = s, TimeSinceBootSeconds = 100 + s, ReceivedAtUtc = created.AddSeconds(s), State = "running", ControlTemperatureCelsius = 37.0, SetpointCelsius = 37, DrumSpeedRpm = 30, DrumSpeedSetpointRpm = 30, ExposureSeconds = s });
        }

        db.RigEvents.Add(new RigEvent { Rig = rig, Run = run, Kind = "state_changed", TimeSinceBootSeconds = 100, ReceivedAtUtc = created, PayloadJson = "{\"to\":\"running\"}" });
        await db.SaveChangesAsync();
        return run.Id;
    }
}
