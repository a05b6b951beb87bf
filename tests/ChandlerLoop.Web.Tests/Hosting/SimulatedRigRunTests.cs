using ChandlerLoop.Data.Entities;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Web.Tests.Hosting;

/// <summary>The web host's rig side: a run on a simulated rig at 60× goes from draft to completed with its telemetry stored.</summary>
[Collection(WebCollection.Name)]
public sealed class SimulatedRigRunTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public SimulatedRigRunTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task A_run_on_a_simulated_rig_completes_with_every_sample_taken_and_telemetry_stored()
    {
        var arranger = new RunArranger(_host);
        var runId = await arranger.CreateDraftAsync("rig-02", TestAccounts.Operator.UserName, rigIndex: 1);
        var state = await arranger.RunToEndAsync(runId, TestAccounts.Operator.UserName);
        Assert.Equal(RunState.Completed, state);
        await using var db = _host.Databases.CreateDbContext();
        var samples = await db.Samples.Where(s => s.Loop!.RunId == runId).ToListAsync();
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.NotNull(s.TakenAtUtc));
        var run = await db.Runs.FirstAsync(r => r.Id == runId);
        Assert.True(run.IsSimulated);
        var points = await db.TelemetryPoints.CountAsync(t => t.RunId == runId);
        // 30 min of exposure at 1 Hz is 1,800 records; pre-warm adds more.
        Assert.True(points >= 1_800, "telemetry points stored: " + points);
    }
}
