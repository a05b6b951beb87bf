using System.Text.RegularExpressions;
using ChandlerLoop.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class DemoTests
{
    [Fact]
    public async Task Demo_runs_a_simulated_six_loop_run_end_to_end_and_ends_with_the_result_line()
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync("demo", "--headless", "--rigs", "1", "--speed", "100");

        var lines = run.Out.TrimEnd().Split('\n');
        var result = Regex.Match(lines[^1], "^RESULT demo run=(\\d+) acceptance=(pass|fail) telemetry_points=(\\d+) gaps=(\\d+)$");
        Assert.True(result.Success, run.ToString());
        Assert.Equal(run.ExitCode == 0 ? "pass" : "fail", result.Groups[2].Value);
        var runId = long.Parse(result.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await using var db = cli.Factory.CreateDbContext();
        var stored = await db.Runs.SingleAsync(r => r.Id == runId);
        Assert.True(stored.IsSimulated);
        Assert.Equal(result.Groups[2].Value, stored.AcceptanceOutcome);
        Assert.NotNull(stored.LoadedAtUtc);
        var samples = await db.Samples.Where(s => s.Loop!.RunId == runId).ToListAsync();
        Assert.Equal(6 * 3, samples.Count);
        Assert.All(samples, s => Assert.NotNull(s.TakenAtUtc));
        var results = await db.MarkerResults.Where(m => m.Sample!.Loop!.RunId == runId).ToListAsync();
        Assert.Equal(6 * 3 * 5, results.Count);
        Assert.All(results, m => Assert.Equal("simulated", m.Source));
        Assert.Equal(6, await db.ClotScores.CountAsync(c => c.Loop!.RunId == runId));
        var telemetry = await db.TelemetryPoints.CountAsync(t => t.RunId == runId);
        Assert.Equal(telemetry.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Groups[3].Value);
        Assert.True(telemetry >= 1800, "a 30-min exposure at 1 Hz");
        Assert.Equal("0", result.Groups[4].Value);
        var negative = await db.Loops.SingleAsync(l => l.RunId == runId && l.Position == 1);
        var positive = await db.Loops.SingleAsync(l => l.RunId == runId && l.Position == 6);
        double EndPlatelets(long loopId) => results.Single(m => m.Analyte == "PLT" && samples.Single(s => s.Id == m.SampleId).LoopId == loopId
            && samples.Single(s => s.Id == m.SampleId).ScheduleIndex == 2).Value;
        Assert.True(EndPlatelets(positive.Id) < EndPlatelets(negative.Id) / 2, "the positive control consumes platelets, the negative control hardly");
    }
}
