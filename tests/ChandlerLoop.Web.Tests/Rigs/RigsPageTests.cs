using ChandlerLoop.Data.Entities;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Rigs;

/// <summary>The rigs page in a real browser on the fixture's two simulated rigs.</summary>
[Collection(WebCollection.Name)]
public sealed class RigsPageTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public RigsPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Operator_sees_both_rigs_online_with_a_live_reading_and_identify_is_accepted()
    {
        // rig-02 pre-warms a run so it sends telemetry; the run is aborted at the end.
        var arranger = new RunArranger(_host);
        var runId = await arranger.CreateDraftAsync("rig-02", TestAccounts.Operator.UserName, rigIndex: 1);
        var prewarm = await _host.Runtime.Orchestrator.StartPrewarmAsync(runId, TestAccounts.Operator.UserName);
        Assert.True(prewarm.Accepted, prewarm.Reason + " " + prewarm.Detail);
        try
        {
            await WaitForTelemetryAsync(runId);
            var page = await _host.SignedInPageAsync(TestAccounts.Operator);
            await _host.GoToAsync(page, "/rigs");
            await Expect(page.Locator("#rig-status-rig-01")).ToContainTextAsync("online");
            await Expect(page.Locator("#rig-status-rig-02")).ToContainTextAsync("online");
            await Expect(page.Locator("#rig-reading-rig-02")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d+\.\d\d °C · \d+\.\d rpm"));
            var run = await arranger.ReadRunAsync(runId);
            await Expect(page.Locator("#rig-run-rig-02")).ToHaveTextAsync(run.RunKey);
            await Expect(page.Locator("#rig-calibration-rig-01")).Not.ToBeEmptyAsync();

            await page.ClickAsync("#rig-identify-rig-01");
            await Expect(page.Locator("#rig-identify-outcome-rig-01")).ToContainTextAsync("Identify: accepted by the rig.", new() { Timeout = 30_000 });
            await _host.ScreenshotAsync(page, "rigs-overview");
            await page.Context.CloseAsync();
        }
        finally
        {
            await _host.Runtime.Orchestrator.AbortAsync(runId, RunAbortReason.Operator, "test cleanup", TestAccounts.Operator.UserName);
            await WaitForStateAsync(arranger, runId, RunState.Aborted);
        }
    }

    [Fact]
    public async Task A_lab_manager_sees_the_rigs_without_the_identify_button()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Manager);
        await _host.GoToAsync(page, "/rigs");
        await Expect(page.Locator("#rig-status-rig-01")).ToContainTextAsync("online");
        await Expect(page.Locator("#rig-identify-rig-01")).ToHaveCountAsync(0);
        await _host.ScreenshotAsync(page, "rigs-manager");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_overdue_calibration_is_highlighted()
    {
        await using (var db = _host.Databases.CreateDbContext())
        {
            var rig = await db.Rigs.FirstAsync(r => r.RigKey == "rig-02");
            rig.CalibratedAtUtc = _host.Runtime.Clock.GetUtcNow().UtcDateTime.AddDays(-400);
            rig.CalibrationDueUtc = _host.Runtime.Clock.GetUtcNow().UtcDateTime.AddDays(-35);
            await db.SaveChangesAsync();
        }

        var page = await _host.SignedInPageAsync(TestAccounts.Admin);
        await _host.GoToAsync(page, "/rigs");
        var cell = page.Locator("#rig-calibration-rig-02");
        await Expect(cell).ToContainTextAsync("OVERDUE since");
        await Expect(cell).ToHaveClassAsync("cl-rigs-calibration-overdue");
        await Expect(page.Locator("#rig-calibration-rig-01")).ToContainTextAsync("no calibration recorded");
        await page.Context.CloseAsync();
    }

    private async Task WaitForTelemetryAsync(long runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await using var db = _host.Databases.CreateDbContext();
            if (await db.TelemetryPoints.AnyAsync(t => t.RunId == runId))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("no telemetry of run " + runId);
    }

    private static async Task WaitForStateAsync(RunArranger arranger, long runId, RunState state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && (await arranger.ReadRunAsync(runId)).State != state)
        {
            await Task.Delay(200);
        }
    }
}
