using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Cli.Demo;
using ChandlerLoop.Host.Services.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Web.Tests.Infrastructure;

/// <summary>
/// Arranges runs for page tests through the host's own services (not through the pages under
/// test): a six-loop draft like the demo's, driven through pre-warm, loading and every sample on a
/// simulated rig of the fixture (60×: about a minute), and the demo's example results.
/// </summary>
internal sealed class RunArranger
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the arranger.</summary>
    public RunArranger(WebHostFixture host) => _host = host;

    /// <summary>A draft run on <paramref name="rigKey"/> by <paramref name="operatorUserName"/>; returns its id.</summary>
    public async Task<long> CreateDraftAsync(string rigKey, string operatorUserName, int rigIndex = 0)
    {
        var clock = _host.Runtime.Clock;
        var templateId = await new ProtocolTemplateService(_host.Databases, clock).EnsureDefaultTemplateAsync();
        var request = DemoPlan.Request(rigKey, rigIndex, templateId, clock.GetUtcNow().UtcDateTime);
        request.OperatorUserName = operatorUserName;
        var result = await new RunSetupService(_host.Databases, clock).CreateDraftAsync(request);
        return result.RunId;
    }

    /// <summary>
    /// Drives a draft through pre-warm, confirm-loaded and every sample acknowledgement until it
    /// completes (or <paramref name="timeout"/> of wall time passes); returns the final state.
    /// </summary>
    public async Task<RunState> RunToEndAsync(long runId, string operatorUserName, TimeSpan? timeout = null)
    {
        var orchestrator = _host.Runtime.Orchestrator;
        var prewarm = await orchestrator.StartPrewarmAsync(runId, operatorUserName);
        Assert.True(prewarm.Accepted, "pre-warm refused: " + prewarm.Reason + " " + prewarm.Detail);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        var loaded = false;
        while (DateTime.UtcNow < deadline)
        {
            var run = await ReadRunAsync(runId);
            switch (run.State)
            {
                case RunState.Completed or RunState.Aborted or RunState.Faulted:
                    return run.State;
                case RunState.Ready when !loaded:
                    var confirm = await orchestrator.ConfirmLoadedAsync(runId, operatorUserName);
                    loaded = confirm.Accepted;
                    break;
                case RunState.SampleDue:
                    await AcknowledgeDueSampleAsync(runId, operatorUserName);
                    break;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("run " + runId + " did not finish within the wall-clock limit.");
    }

    /// <summary>The demo's example marker results and clot scores for every sample taken (Source "simulated"), entered as the demo operator.</summary>
    public async Task<int> EnterExampleResultsAsync(long runId)
    {
        await DemoRecords.EnsureOperatorAsync(_host.Databases, _host.Runtime.Clock, CancellationToken.None);
        return await DemoRecords.EnterExampleResultsAsync(_host.Databases, _host.Runtime.Clock, runId, CancellationToken.None);
    }

    /// <summary>The run row.</summary>
    public async Task<Run> ReadRunAsync(long runId)
    {
        await using var db = _host.Databases.CreateDbContext();
        return await db.Runs.AsNoTracking().FirstAsync(r => r.Id == runId);
    }

    private async Task AcknowledgeDueSampleAsync(long runId, string operatorUserName)
    {
        List<int> pending;
        await using (var db = _host.Databases.CreateDbContext())
        {
            pending = await db.Samples.AsNoTracking()
                .Where(s => s.Loop!.RunId == runId && s.TakenAtUtc == null)
                .Select(s => s.ScheduleIndex).Distinct().OrderBy(i => i).ToListAsync();
        }

        foreach (var index in pending)
        {
            var ack = await _host.Runtime.Orchestrator.AcknowledgeSampleAsync(runId, index, "T" + index + "-" + runId, operatorUserName);
            if (ack.Accepted || ack.Reason != "sample_not_due")
            {
                return;
            }
        }
    }
}
