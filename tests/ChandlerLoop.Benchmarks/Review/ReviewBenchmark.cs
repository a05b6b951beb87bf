using System.Diagnostics;
using System.Globalization;
using ChandlerLoop.Data;
using ChandlerLoop.Host.Web.Pages.Runs.Review;
using ChandlerLoop.Host.Web.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Benchmarks.Review;

/// <summary>
/// <c>-- review</c>: server-side render time of the run review page for a 4-hour run with 1 Hz
/// telemetry (14,400 points), in one run beside a baseline that puts every raw point into the
/// charts. The page as shipped downsamples (at most <see cref="TelemetrySeries.MaxPointsPerSeries"/>
/// points per series, each period's lowest and highest kept); the raw data stays for exports.
/// Prints a table and <c>RESULT review render_ms_p50=.. render_ms_p95=.. points_shown=.. raw_points=14400 under_300ms=..</c>.
/// </summary>
internal static class ReviewBenchmark
{
    private const int Warmup = 3;
    private const int Iterations = 20;

    /// <summary>Runs the benchmark.</summary>
    public static int Run(string[] args) => RunAsync().GetAwaiter().GetResult();

    private static async Task<int> RunAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chandler-review-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var databases = new ChandlerDbContextFactory(DatabaseOptions.ForDataFolder(folder));
            await new DatabaseMigrator(databases).MigrateAsync();
            Console.WriteLine("seeding a completed 4-hour run at 1 Hz (" + ReviewRunSeeder.TelemetryPoints + " telemetry points) …");
            var runId = await ReviewRunSeeder.SeedAsync(databases);
            long managerId;
            await using (var db = databases.CreateDbContext())
            {
                managerId = (await db.Users.SingleAsync(u => u.UserName == ReviewRunSeeder.Manager)).Id;
            }

            await using var rendering = new ReviewRendering(databases, managerId, ReviewRunSeeder.Manager);
            var signatures = new ChandlerLoop.Host.Services.Review.SignatureService(databases);
            var page = await MeasureAsync(() => rendering.RenderAsync<ReviewPage>(new Dictionary<string, object?> { ["RunId"] = runId }));
            var shown = (await ReviewPageData.LoadAsync(databases, signatures, runId))!.Telemetry;
            var raw = (await ReviewPageData.LoadAsync(databases, signatures, runId, maxPointsPerSeries: 0))!.Telemetry;
            var baseline = await MeasureAsync(async () =>
            {
                var data = await ReviewPageData.LoadAsync(databases, signatures, runId, maxPointsPerSeries: 0);
                return await rendering.RenderAsync<TelemetryCharts>(new Dictionary<string, object?> { ["Series"] = data!.Telemetry });
            });
            var charts = await MeasureAsync(async () =>
            {
                var data = await ReviewPageData.LoadAsync(databases, signatures, runId);
                return await rendering.RenderAsync<TelemetryCharts>(new Dictionary<string, object?> { ["Series"] = data!.Telemetry });
            });

            Console.WriteLine();
            Console.WriteLine("| what (server side, " + Iterations + " renders after " + Warmup + " warm-up) | points in charts | p50 ms | p95 ms | HTML KB |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Row("review page, downsampled (as shipped)", shown.PointsShown, page);
            Row("data + charts, downsampled", shown.PointsShown, charts);
            Row("data + charts, every raw point (baseline)", raw.PointsShown, baseline);
            Console.WriteLine();
            var under = page.P50 < 300 && page.P95 < 300;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT review render_ms_p50={page.P50:0.0} render_ms_p95={page.P95:0.0} points_shown={shown.PointsShown} raw_points={raw.RawPoints} under_300ms={(under ? "true" : "false")}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Row(string what, int points, Timing timing) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {points} | {timing.P50:0.0} | {timing.P95:0.0} | {timing.HtmlBytes / 1024.0:0} |"));

    private static async Task<Timing> MeasureAsync(Func<Task<int>> render)
    {
        var html = 0;
        for (var i = 0; i < Warmup; i++)
        {
            html = await render();
        }

        var times = new double[Iterations];
        for (var i = 0; i < Iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            html = await render();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return new Timing(times[Iterations / 2], times[(int)Math.Ceiling(Iterations * 0.95) - 1], html);
    }

    private readonly record struct Timing(double P50, double P95, int HtmlBytes);
}
