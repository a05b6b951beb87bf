using ChandlerLoop.Data.Entities;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Web.Tests.Results;

/// <summary>
/// One completed run on rig-01 shared by the results page tests (arranged once: about 40 s), plus
/// helpers to read what the page stored. Each test uses its own loops or analytes of the run.
/// </summary>
internal static class CompletedRunForResults
{
    private static readonly object Gate = new();
    private static Task<long>? _runId;

    /// <summary>The id of the completed run (arranged on first use).</summary>
    public static Task<long> RunIdAsync(WebHostFixture host)
    {
        lock (Gate)
        {
            return _runId ??= ArrangeAsync(host);
        }
    }

    /// <summary>The results stored for a loop position and schedule index of the run.</summary>
    public static async Task<List<MarkerResult>> ResultsAsync(WebHostFixture host, long runId, int loopPosition, int? scheduleIndex = null)
    {
        await using var db = host.Databases.CreateDbContext();
        return await db.MarkerResults.AsNoTracking().Include(r => r.EnteredBy).Include(r => r.Sample)
            .Where(r => r.Sample!.Loop!.RunId == runId && r.Sample.Loop.Position == loopPosition && (scheduleIndex == null || r.Sample.ScheduleIndex == scheduleIndex))
            .ToListAsync();
    }

    private static async Task<long> ArrangeAsync(WebHostFixture host)
    {
        var arranger = new RunArranger(host);
        var runId = await arranger.CreateDraftAsync("rig-01", TestAccounts.Operator.UserName);
        var state = await arranger.RunToEndAsync(runId, TestAccounts.Operator.UserName);
        Assert.Equal(RunState.Completed, state);
        return runId;
    }
}
