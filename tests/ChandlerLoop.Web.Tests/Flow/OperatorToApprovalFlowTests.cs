using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Services.Review;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Flow;

/// <summary>
/// The whole assay in one browser session per person, every step through the pages: an operator sets
/// up a three-loop run, pre-warms, loads and acknowledges every sample on a simulated rig at 60×,
/// enters results (typed into the grid and imported from a CSV) and clot scores, and signs as
/// performer; a lab manager evaluates acceptance, dispositions the deviations and reviews, and a
/// second lab manager approves (the reviewer alone is refused: four-eyes rule);
/// the run is then locked against the operator. Screenshots: artifacts/screenshots/flow-*.png.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class OperatorToApprovalFlowTests
{
    private const string Rig = "rig-01";
    private const string DonorId = "D-FLOW-01";
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 90_000 };
    private readonly WebHostFixture _host;

    /// <summary>Creates the test.</summary>
    public OperatorToApprovalFlowTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task An_operator_runs_three_loops_from_set_up_to_results_and_a_lab_manager_approves_the_locked_run()
    {
        var op = await _host.SignedInPageAsync(TestAccounts.Operator);
        var runId = await SetUpThreeLoopsAndStartPrewarmAsync(op);
        var runKey = await op.Locator("#live-run-key").InnerTextAsync();
        try
        {
            await RunTheExposureAsync(op, runId, runKey);
            await EnterResultsAsync(op, runId);
            await _host.GoToAsync(op, "/runs/" + runId + "/review");
            await Expect(op.Locator("#sign-meaning option[value='ApprovedBy']")).ToHaveCountAsync(0);
            await SignAsync(op, TestAccounts.Operator, "PerformedBy", "Signed as performed by " + TestAccounts.Operator.FullName);
            await ExpectSignatureRefusedAsync(runId, ReviewRefusal.RoleNotAllowed); // the service checks the role too

            var manager = await _host.SignedInPageAsync(TestAccounts.Manager);
            await ReviewAsync(manager, runId);
            await manager.Context.CloseAsync();
            var approver = await _host.SignedInPageAsync(TestAccounts.SecondManager);
            await ApproveAsync(approver, runId);
            await approver.Context.CloseAsync();

            await AssertLockedForTheOperatorAsync(op, runId);
        }
        finally
        {
            await op.Context.CloseAsync();
            var run = await new RunArranger(_host).ReadRunAsync(runId);
            if (run.State is RunState.PreWarming or RunState.Ready or RunState.Running or RunState.SampleDue)
            {
                await _host.Runtime.Orchestrator.AbortAsync(runId, RunAbortReason.Host, "test cleanup", TestAccounts.Operator.UserName);
            }
        }
    }

    /// <summary>/runs/new: one donor, the three default loops (vehicle, cell product, fibroblasts), draft, start pre-warm.</summary>
    private async Task<long> SetUpThreeLoopsAndStartPrewarmAsync(IPage page)
    {
        await _host.GoToAsync(page, "/runs/new");
        await page.SelectOptionAsync("#run-rig", Rig);
        await Commit(page, "#donor-1-id", DonorId);
        await page.SelectOptionAsync("#donor-1-abo", "A");
        await Commit(page, "#donor-1-lot", "HEP-FLOW");
        await page.ClickAsync("#donor-1-now");
        await Expect(page.Locator("#loop-1-role")).ToHaveValueAsync("NegativeControl");
        await Expect(page.Locator("#loop-2-role")).ToHaveValueAsync("TestArticle");
        await Expect(page.Locator("#loop-3-role")).ToHaveValueAsync("PositiveControl");
        await Expect(page.Locator("#loop-4")).ToHaveCountAsync(0);
        await FillLoopAsync(page, 2, "BM-MSC", "bone marrow", 15_000, "12");
        await FillLoopAsync(page, 3, "Fibroblasts", "skin", 15_000, "85");
        await Expect(page.Locator("#loop-2-calc-cells")).ToHaveTextAsync("105,000 cells");
        await _host.ScreenshotAsync(page, "flow-1-setup");

        await page.ClickAsync("#create-draft");
        await Expect(page.Locator("#draft-run-key")).ToHaveTextAsync(new Regex(@"^R-\d{8}-\d{2}$"));
        await Expect(page.Locator("#setup-errors")).ToHaveCountAsync(0);
        var runKey = await page.Locator("#draft-run-key").InnerTextAsync();
        long runId;
        await using (var db = _host.Databases.CreateDbContext())
        {
            var run = await db.Runs.AsNoTracking().SingleAsync(r => r.RunKey == runKey);
            runId = run.Id;
            Assert.Equal(3, await db.Loops.CountAsync(l => l.RunId == runId));
        }

        await page.ClickAsync("#start-prewarm");
        await page.WaitForURLAsync(_host.BaseUrl + "/runs/" + runId, new PageWaitForURLOptions { Timeout = 45_000 });
        await WebHostFixture.WaitForInteractiveAsync(page);
        return runId;
    }

    /// <summary>The live page: ready → confirm loaded → acknowledge each sample when prompted → completed; the charts draw.</summary>
    private async Task RunTheExposureAsync(IPage page, long runId, string runKey)
    {
        await Expect(page.Locator("#live-state")).ToHaveTextAsync("READY FOR LOADING", Slow);
        await Expect(page.Locator("#exposure-planned")).ToHaveTextAsync("of 30:00 planned");
        await page.ClickAsync("#action-confirm-loaded");
        await Expect(page.Locator("#action-outcome")).ToHaveTextAsync("Confirm loaded: accepted by the rig.", Slow);

        var samples = await page.Locator("#sample-schedule tbody tr").CountAsync();
        Assert.Equal(3, samples);
        for (var index = 0; index < samples; index++)
        {
            await Expect(page.Locator("#live-state")).ToHaveTextAsync("SAMPLE DUE", Slow);
            await Expect(page.Locator("#sample-tube-id")).ToHaveValueAsync(runKey + "-T" + index);
            if (index == 1)
            {
                await WaitForChartPointsAsync(page, "#chart-temperature");
                await _host.ScreenshotAsync(page, "flow-2-live-sample-due");
            }

            await page.ClickAsync("#sample-acknowledge");
            await Expect(page.Locator("#sample-row-" + index)).ToContainTextAsync(runKey + "-T" + index, new() { Timeout = 30_000 });
        }

        await Expect(page.Locator("#live-state")).ToHaveTextAsync("COMPLETED", Slow);
        await WaitForChartPointsAsync(page, "#chart-speed");
        await using var db = _host.Databases.CreateDbContext();
        var taken = await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == runId).ToListAsync();
        Assert.Equal(9, taken.Count);
        Assert.All(taken, s => Assert.NotNull(s.TakenAtUtc));
    }

    /// <summary>/runs/{id}/results: platelets typed, TAT and C3a imported from a CSV after its preview, a clot score per loop.</summary>
    private async Task EnterResultsAsync(IPage page, long runId)
    {
        await _host.GoToAsync(page, "/runs/" + runId + "/results");
        await Expect(page.Locator("#cl-results-grid")).ToBeVisibleAsync();
        double[] plateletsAtStart = [250, 248, 252];
        double[] plateletsAtEnd = [240, 200, 60];
        for (var loop = 1; loop <= 3; loop++)
        {
            await TypeCellAsync(page, $"#cell-L{loop}-T0-PLT", plateletsAtStart[loop - 1]);
            await TypeCellAsync(page, $"#cell-L{loop}-T2-PLT", plateletsAtEnd[loop - 1]);
        }

        // Consumption of loop 3 = (252 − 60) / 252 = 76.2 %.
        await Expect(page.Locator("#metric-L3-T2-PLTC")).ToHaveTextAsync("76.2 %");

        var csv = new StringBuilder("Loop,Minutes,Analyte,Value,Unit\n");
        double[] tatAtEnd = [4, 30, 220];
        for (var loop = 1; loop <= 3; loop++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{loop},0,TAT,3,µg/L\n{loop},30,TAT,{tatAtEnd[loop - 1]},µg/L\n{loop},30,C3a,{100 * loop},ng/mL\n");
        }

        await page.SetInputFilesAsync("#cl-import-file", new FilePayload { Name = "flow-elisa.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()) });
        await Expect(page.Locator("#cl-import-headers")).ToContainTextAsync("Loop,Minutes,Analyte,Value,Unit");
        await page.SelectOptionAsync("#cl-import-sampleby", "position");
        await Expect(page.Locator("#cl-import-loop")).ToBeVisibleAsync();
        await page.ClickAsync("#cl-import-preview");
        await Expect(page.Locator("#cl-import-error")).ToHaveCountAsync(0);
        await Expect(page.Locator("#cl-import-preview-table tbody tr")).ToHaveCountAsync(9);
        Assert.Equal(6, await MarkerCountAsync(runId)); // the preview stored nothing
        await page.ClickAsync("#cl-import-commit");
        await Expect(page.Locator("#cl-import-status")).ToContainTextAsync("Imported 9 result(s)");
        await Expect(page.Locator("#cell-L3-T2-TAT")).ToHaveValueAsync("220");
        Assert.Equal(15, await MarkerCountAsync(runId));

        int[] clotScores = [0, 1, 3];
        for (var loop = 1; loop <= 3; loop++)
        {
            await page.SelectOptionAsync($"#clot-input-L{loop}", clotScores[loop - 1].ToString(CultureInfo.InvariantCulture));
            await page.ClickAsync($"#clot-save-L{loop}");
            await Expect(page.Locator($"#clot-score-L{loop}")).ToHaveTextAsync(clotScores[loop - 1].ToString(CultureInfo.InvariantCulture));
        }

        await _host.ScreenshotAsync(page, "flow-3-results");
        await using var db = _host.Databases.CreateDbContext();
        var stored = await db.MarkerResults.AsNoTracking().Include(m => m.EnteredBy)
            .Where(m => m.Sample!.Loop!.RunId == runId).ToListAsync();
        Assert.All(stored, m => Assert.Equal(TestAccounts.Operator.UserName, m.EnteredBy!.UserName));
        Assert.Equal(6, stored.Count(m => m.Source == "manual"));
        Assert.Equal(9, stored.Count(m => m.Source == "import:flow-elisa.csv"));
        Assert.Equal(3, await db.ClotScores.CountAsync(c => c.Loop!.RunId == runId));
    }

    /// <summary>/runs/{id}/review as lab manager: evaluate acceptance, disposition every deviation, review; approving alone is refused.</summary>
    private async Task ReviewAsync(IPage page, long runId)
    {
        await _host.GoToAsync(page, "/runs/" + runId + "/review");
        await page.ClickAsync("#evaluate-acceptance");
        await Expect(page.Locator("#acceptance-outcome")).ToContainTextAsync(new Regex("Outcome: (PASS|FAIL)", RegexOptions.IgnoreCase));
        await Expect(page.Locator("#acceptance-checklist tbody tr").First).ToContainTextAsync(new Regex("PASS|FAIL|NOT EVALUABLE"));
        await WaitForChartPointsAsync(page, "#telemetry-temperature-chart");

        foreach (var id in await OpenDeviationIdsAsync(runId))
        {
            await page.FillAsync($"#dev-{id}-disposition", "accepted: test run of the web flow");
            await page.FillAsync($"#dev-{id}-impact", "none: simulated rig");
            await page.FillAsync($"#dev-{id}-reason", "reviewed in the flow test");
            await page.ClickAsync($"#dev-{id}-save");
            await Expect(page.Locator($"#dev-{id}-status")).ToContainTextAsync("accepted: test run of the web flow");
        }

        Assert.Empty(await OpenDeviationIdsAsync(runId));
        await _host.ScreenshotAsync(page, "flow-4-review");

        // The form offers the next meaning the lab manager has not signed yet.
        await Expect(page.Locator("#sign-policy")).ToContainTextAsync("four-eyes rule");
        await Expect(page.Locator("#sign-meaning")).ToHaveValueAsync("ReviewedBy");
        await SignAsync(page, TestAccounts.Manager, "ReviewedBy", "Signed as reviewed by " + TestAccounts.Manager.FullName);
        await Expect(page.Locator("#sign-meaning")).ToHaveValueAsync("ApprovedBy");
        await SignAsync(page, TestAccounts.Manager, "ApprovedBy", "another lab manager must approve it");
        var run = await new RunArranger(_host).ReadRunAsync(runId);
        Assert.Equal(RunState.Reviewed, run.State);
        Assert.False(run.IsLocked);
    }

    /// <summary>/runs/{id}/review as a second lab manager: approve, which locks the run.</summary>
    private async Task ApproveAsync(IPage page, long runId)
    {
        await _host.GoToAsync(page, "/runs/" + runId + "/review");
        await Expect(page.Locator("#review-status")).ToContainTextAsync("State: reviewed");
        await SignAsync(page, TestAccounts.SecondManager, "ApprovedBy", "approved and locked");
        await Expect(page.Locator("#review-status")).ToContainTextAsync("State: approved");
        await Expect(page.Locator("#run-locked-note")).ToBeVisibleAsync();
        await Expect(page.Locator("#signature-list tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#signature-list")).ToContainTextAsync(TestAccounts.SecondManager.FullName);
        await _host.ScreenshotAsync(page, "flow-5-approved");

        var run = await new RunArranger(_host).ReadRunAsync(runId);
        Assert.Equal(RunState.Approved, run.State);
        Assert.True(run.IsLocked);
    }

    /// <summary>The operator can neither approve nor change the approved run, on the pages or behind them.</summary>
    private async Task AssertLockedForTheOperatorAsync(IPage page, long runId)
    {
        await _host.GoToAsync(page, "/runs/" + runId + "/review");
        await Expect(page.Locator("#run-locked-note")).ToBeVisibleAsync();
        await Expect(page.Locator("#sign-form")).ToHaveCountAsync(0);
        await ExpectSignatureRefusedAsync(runId, ReviewRefusal.RunLocked);

        await _host.GoToAsync(page, "/runs/" + runId + "/results");
        await Expect(page.Locator("#cl-results-access")).ToContainTextAsync("approved and locked");
        await Expect(page.Locator("#cl-results-grid input")).ToHaveCountAsync(0);
        await Expect(page.Locator("#cl-import-file")).ToHaveCountAsync(0);
        await Expect(page.Locator("[id^='clot-save-']")).ToHaveCountAsync(0);
        await _host.ScreenshotAsync(page, "flow-6-locked-for-operator");

        // Behind the page the result service refuses too, and the value stays.
        long resultId;
        await using (var db = _host.Databases.CreateDbContext())
        {
            resultId = await db.MarkerResults.Where(m => m.Sample!.Loop!.RunId == runId).Select(m => m.Id).FirstAsync();
        }

        using var scope = _host.Services.CreateScope();
        var results = scope.ServiceProvider.GetRequiredService<ResultEntryService>();
        var locked = await Assert.ThrowsAsync<ResultValidationException>(() => results.DeleteMarkerResultAsync(resultId, TestAccounts.Operator.UserName, "after approval"));
        Assert.Contains("locked", locked.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(15, await MarkerCountAsync(runId));
    }
}
