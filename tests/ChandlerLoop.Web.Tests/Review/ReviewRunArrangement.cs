using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Cli.Demo;
using ChandlerLoop.Host.Services.Acceptance;
using ChandlerLoop.Host.Services.Review;
using ChandlerLoop.Web.Tests.Infrastructure;

namespace ChandlerLoop.Web.Tests.Review;

/// <summary>
/// The completed run the review tests share, arranged once: six loops on rig-02 driven to the end, the
/// example results, acceptance evaluated by the lab manager, a manual deviation (so there is always one
/// to disposition) and the operator's "performed" signature.
/// </summary>
internal static class ReviewRunArrangement
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static long? _runId;

    /// <summary>The arranged run's id.</summary>
    public static async Task<long> RunIdAsync(WebHostFixture host)
    {
        await Gate.WaitAsync();
        try
        {
            if (_runId is { } id)
            {
                return id;
            }

            var arranger = new RunArranger(host);
            var runId = await arranger.CreateDraftAsync("rig-02", TestAccounts.Operator.UserName, rigIndex: 1);
            var state = await arranger.RunToEndAsync(runId, TestAccounts.Operator.UserName);
            Assert.Equal(RunState.Completed, state);
            var clock = host.Runtime.Clock;
            // The example results are entered as the demo operator, which the web fixture does not create.
            await DemoRecords.EnsureOperatorAsync(host.Databases, clock, CancellationToken.None);
            await arranger.EnterExampleResultsAsync(runId);
            await new AcceptanceService(host.Databases, clock).EvaluateAsync(runId, TestAccounts.Manager.UserName);
            await new DeviationDispositionService(host.Databases, clock).AddManualDeviationAsync(runId,
                "Loop 3 tubing clamp re-seated at 12 min (test arrangement)", "none expected", TestAccounts.Operator.UserName);
            await new SignatureService(host.Databases, clock).SignAsync(runId, TestAccounts.Operator.UserName, TestAccounts.Operator.Password, SignatureMeaning.PerformedBy);
            _runId = runId;
            return runId;
        }
        finally
        {
            Gate.Release();
        }
    }
}
