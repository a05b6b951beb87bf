using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Cli.Demo;
using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Host.Web.Identity;

namespace ChandlerLoop.Benchmarks.Review;

/// <summary>
/// A completed 4-hour run at 1 Hz (14,400 telemetry points) with the demo's six loops, its samples
/// taken and example results, in a fresh SQLite database: what a lab manager opens on the review page.
/// </summary>
internal static class ReviewRunSeeder
{
    /// <summary>Telemetry points of the seeded run: 4 h at 1 Hz.</summary>
    public const int TelemetryPoints = 4 * 3600;

    /// <summary>The lab manager who "opens" the page.</summary>
    public const string Manager = "bench.manager";

    /// <summary>Seeds the run; returns its id.</summary>
    public static async Task<long> SeedAsync(ChandlerDbContextFactory databases)
    {
        var start = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
        var clock = new FixedTime(start);
        var accounts = new AccountService(databases, clock);
        await accounts.CreateAsync(Manager, "Bench Manager", UserRole.LabManager, "bench-manager-password", "bench-manager-password", "bench-setup");
        await accounts.CreateAsync("bench.operator", "Bench Operator", UserRole.Operator, "bench-operator-password", "bench-operator-password", "bench-setup");
        await using (var db = databases.CreateDbContext())
        {
            db.Rigs.Add(new Rig { RigKey = "rig-bench", Name = "rig-bench" });
            await db.SaveChangesAsync();
        }

        var template = await new ProtocolTemplateService(databases, clock).EnsureDefaultTemplateAsync();
        var request = DemoPlan.Request("rig-bench", 0, template, start.UtcDateTime);
        request.OperatorUserName = "bench.operator";
        var runId = (await new RunSetupService(databases, clock).CreateDraftAsync(request)).RunId;
        await using (var db = databases.CreateDbContext())
        {
            db.ActingUserName = "bench.operator";
            var run = db.Runs.Single(r => r.Id == runId);
            run.State = RunState.Completed;
            run.PrewarmStartedAtUtc = start.UtcDateTime;
            run.LoadedAtUtc = start.UtcDateTime.AddMinutes(10);
            run.EndedAtUtc = start.UtcDateTime.AddHours(4);
            foreach (var sample in db.Samples.Where(s => s.Loop!.RunId == runId).ToList())
            {
                sample.TakenAtUtc = run.LoadedAtUtc.Value.AddMinutes(sample.PlannedOffsetMinutes);
                sample.ActualExposureSeconds = sample.PlannedOffsetMinutes * 60;
            }

            await db.SaveChangesAsync("benchmark: samples taken as planned");
            var random = new Random(42);
            for (var i = 0; i < TelemetryPoints; i++)
            {
                var exposing = i >= 600;
                db.TelemetryPoints.Add(new TelemetryPoint
                {
                    RunId = runId,
                    Sequence = i + 1,
                    TimeSinceBootSeconds = i,
                    ReceivedAtUtc = start.UtcDateTime.AddSeconds(i),
                    State = exposing ? "running" : "prewarming",
                    ControlTemperatureCelsius = 37.0 + (random.NextDouble() - 0.5) * 0.06,
                    SafetyTemperatureCelsius = 37.0 + (random.NextDouble() - 0.5) * 0.1,
                    SetpointCelsius = 37.0,
                    HeaterDutyCycle = 0.3 + random.NextDouble() * 0.05,
                    DrumSpeedRpm = exposing ? 30 + (random.NextDouble() - 0.5) * 0.2 : 0,
                    DrumSpeedSetpointRpm = exposing ? 30 : 0,
                    ExposureSeconds = exposing ? i - 600 : 0,
                    Fault = "",
                });
            }

            await db.SaveChangesAsync();
        }

        await DemoRecords.EnsureOperatorAsync(databases, clock, CancellationToken.None);
        await DemoRecords.EnterExampleResultsAsync(databases, clock, runId, CancellationToken.None);
        return runId;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
