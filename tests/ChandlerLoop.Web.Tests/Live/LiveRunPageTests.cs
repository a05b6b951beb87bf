using ChandlerLoop.Data.Entities;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Live;

/// <summary>The live run page in a real browser: an operator drives a run on rig-02 from the page.</summary>
[Collection(WebCollection.Name)]
public sealed class LiveRunPageTests
{
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 90_000 };
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public LiveRunPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Operator_prewarms_loads_acknowledges_a_sample_and_aborts_from_the_page()
    {
        var arranger = new RunArranger(_host);
        var runId = await arranger.CreateDraftAsync("rig-02", TestAccounts.Operator.UserName, rigIndex: 1);
        var runKey = (await arranger.ReadRunAsync(runId)).RunKey;
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        try
        {
            await _host.GoToAsync(page, "/runs/" + runId);
            await Expect(page.Locator("#live-run-key")).ToHaveTextAsync(runKey);
            await Expect(page.Locator("#live-state")).ToHaveTextAsync("DRAFT");

            await page.ClickAsync("#action-start-prewarm");
            await Expect(page.Locator("#action-outcome")).ToHaveTextAsync("Start pre-warm: accepted by the rig.", Slow);
            await Expect(page.Locator("#live-state")).ToHaveTextAsync("READY FOR LOADING", Slow);

            await page.ClickAsync("#action-confirm-loaded");
            await Expect(page.Locator("#action-outcome")).ToHaveTextAsync("Confirm loaded: accepted by the rig.", Slow);

            // Sample 0 is due at t0; simulated time waits for the acknowledgement.
            await Expect(page.Locator("#live-state")).ToHaveTextAsync("SAMPLE DUE", Slow);
            await Expect(page.Locator("#sample-due-prompt")).ToHaveAttributeAsync("role", "alert");
            await Expect(page.Locator("#sample-tube-id")).ToHaveValueAsync(runKey + "-T0");
            await WaitForChartPointsAsync(page);
            await _host.ScreenshotAsync(page, "live-sample-due");

            await page.ClickAsync("#sample-acknowledge");
            await Expect(page.Locator("#live-state")).ToHaveTextAsync("RUNNING", Slow);
            await AssertSampleRecordedAsync(runId, 0, runKey + "-T0");
            await Expect(page.Locator("#sample-row-0")).ToContainTextAsync(runKey + "-T0", new() { Timeout = 30_000 });

            var clock = page.Locator("#exposure-clock");
            var before = await clock.TextContentAsync();
            await Expect(clock).Not.ToHaveTextAsync(before ?? "", new() { Timeout = 10_000 });
            await Expect(page.Locator("#next-sample")).ToContainTextAsync("sample 1");
            await _host.ScreenshotAsync(page, "live-running");

            await page.ClickAsync("#action-abort");
            await page.SelectOptionAsync("#abort-reason", nameof(RunAbortReason.Operator));
            await page.ClickAsync("#abort-review");
            await Expect(page.Locator("#abort-error")).ToContainTextAsync("Write what happened");
            await page.FillAsync("#abort-note", "clot seen in loop 3");
            await page.ClickAsync("#abort-review");
            await page.ClickAsync("#abort-confirm");
            await Expect(page.Locator("#action-outcome")).ToHaveTextAsync("Abort: accepted by the rig.", Slow);
            await Expect(page.Locator("#live-state")).ToHaveTextAsync("ABORTED", Slow);
            await Expect(page.Locator("#live-ended-links")).ToContainTextAsync("enter results");

            var run = await arranger.ReadRunAsync(runId);
            Assert.Equal(RunState.Aborted, run.State);
            Assert.Equal("aborted by " + TestAccounts.Operator.UserName + " (operator): clot seen in loop 3", run.EndReason);
        }
        finally
        {
            await page.Context.CloseAsync();
            await EnsureEndedAsync(arranger, runId);
        }
    }

    [Fact]
    public async Task A_lab_manager_sees_the_live_page_without_the_operator_actions()
    {
        var arranger = new RunArranger(_host);
        var runId = await arranger.CreateDraftAsync("rig-01", TestAccounts.Operator.UserName);
        var page = await _host.SignedInPageAsync(TestAccounts.Manager);
        await _host.GoToAsync(page, "/runs/" + runId);
        await Expect(page.Locator("#live-state")).ToHaveTextAsync("DRAFT");
        await Expect(page.Locator("#sample-schedule tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#action-start-prewarm")).ToHaveCountAsync(0);
        await Expect(page.Locator("#action-abort")).ToHaveCountAsync(0);
        await Expect(page.Locator(".cl-run-nav")).ToContainTextAsync("Results");
        await _host.ScreenshotAsync(page, "live-draft-manager");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_run_says_so()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs/987654");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Run not found");
        await page.Context.CloseAsync();
    }

    private static async Task WaitForChartPointsAsync(IPage page) =>
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('#chart-temperature svg path')].some(p => ((p.getAttribute('d') || '').match(/[ML]/g) || []).length > 10)",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });

    private async Task AssertSampleRecordedAsync(long runId, int index, string tubeId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<Sample> samples = [];
        while (DateTime.UtcNow < deadline)
        {
            await using var db = _host.Databases.CreateDbContext();
            samples = await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == runId && s.ScheduleIndex == index).ToListAsync();
            if (samples.Count > 0 && samples.All(s => s.TakenAtUtc != null))
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.NotEmpty(samples);
        Assert.All(samples, s =>
        {
            Assert.NotNull(s.TakenAtUtc);
            Assert.Equal(tubeId, s.TubeId);
        });
    }

    private async Task EnsureEndedAsync(RunArranger arranger, long runId)
    {
        var run = await arranger.ReadRunAsync(runId);
        if (run.State is RunState.PreWarming or RunState.Ready or RunState.Running or RunState.SampleDue)
        {
            await _host.Runtime.Orchestrator.AbortAsync(runId, RunAbortReason.Host, "test cleanup", TestAccounts.Operator.UserName);
        }
    }
}
