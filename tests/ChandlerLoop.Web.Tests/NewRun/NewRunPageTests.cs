using System.Globalization;
using System.Text.RegularExpressions;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary>/runs/new in a real browser: the operator sets up, creates and starts a run; others are refused.</summary>
[Collection(WebCollection.Name)]
public sealed class NewRunPageTests
{
    private const string DonorId = "D-NEWRUN-01";
    private const double TestDose = 15_000;
    private const double Blood = 7;
    private const double Stock = 5_000_000;
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public NewRunPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Operator_sets_up_three_loops_on_rig_02_sees_the_calculator_errors_and_warnings_then_starts_prewarm()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs/new");
        await page.SelectOptionAsync("#run-rig", "rig-02");
        await Expect(page.Locator("#run-simulated")).ToContainTextAsync("SIMULATED");
        await Commit(page, "#run-notes", "web test of the set-up form");

        await Commit(page, "#donor-1-id", DonorId);
        await page.SelectOptionAsync("#donor-1-abo", "O");
        await Commit(page, "#donor-1-lot", "HEP-77");

        // Loop 1 (negative control) comes with dose 0; give every loop the demo's AB-plasma vehicle.
        await page.SelectOptionAsync("#loop-1-vehicle", "AbPlasma");
        await FillLoop(page, 2, "BM-MSC", "bone marrow", TestDose, "15");
        // The positive control row is removed and added again (add/remove rows; position auto).
        await page.ClickAsync("#loop-3-remove");
        await Expect(page.Locator("#loop-3")).ToHaveCountAsync(0);
        await page.ClickAsync("#loop-add-positive");
        await Expect(page.Locator("#loop-3-role")).ToHaveValueAsync("PositiveControl");
        await FillLoop(page, 3, "Fibroblasts", "skin", TestDose, "80");

        var cells = TestDose * Blood;                 // 105,000 cells
        var pipette = cells / Stock * 1000;           // 21 µL
        await Expect(page.Locator("#loop-2-calc-cells")).ToHaveTextAsync(cells.ToString("#,0", CultureInfo.InvariantCulture) + " cells");
        await Expect(page.Locator("#loop-2-calc-pipette")).ToHaveTextAsync(pipette.ToString("#,0.#", CultureInfo.InvariantCulture) + " µL");
        await Expect(page.Locator("#loop-2-calc-perkg")).ToHaveTextAsync("1.05 × 10⁶ cells/kg");
        await Expect(page.Locator("#loop-2-calc-vehicle")).ToContainTextAsync("2 % v/v = 140 µL");
        await Expect(page.Locator("#loop-1-calc-cells")).ToHaveTextAsync("0 cells");
        await _host.ScreenshotAsync(page, "newrun-form");

        // Invalid: a negative dose and a loop without donor → listed, placed by field, nothing saved.
        var runsBefore = await CountRunsAsync();
        await Commit(page, "#loop-2-dose", "-5");
        await page.SelectOptionAsync("#loop-3-donor", "");
        await page.ClickAsync("#create-draft");
        await Expect(page.Locator("#setup-errors")).ToContainTextAsync("Nothing was saved");
        await Expect(page.Locator("#setup-errors")).ToContainTextAsync("Loop 2 · Dose");
        await Expect(page.Locator("#loop-2-dose-messages")).ToContainTextAsync("is -5 cells/mL; the allowed range is 0–2,000,000 cells/mL");
        await Expect(page.Locator("#loop-3-donor-messages")).ToContainTextAsync("name the donor whose blood fills this loop");
        await _host.ScreenshotAsync(page, "newrun-errors");
        Assert.Equal(runsBefore, await CountRunsAsync());

        // Fixed: the draft is created and the AB-plasma / group O warning is shown by the vehicle.
        await Commit(page, "#loop-2-dose", TestDose.ToString(CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#loop-3-donor", new SelectOptionValue { Label = "Donor 1: " + DonorId + " · group O" });
        await page.ClickAsync("#donor-1-now");
        await page.ClickAsync("#create-draft");
        await Expect(page.Locator("#draft-run-key")).ToHaveTextAsync(new Regex(@"^R-\d{8}-\d{2}$"));
        await Expect(page.Locator("#setup-errors")).ToHaveCountAsync(0);
        await Expect(page.Locator("#setup-warnings")).ToContainTextAsync("AB-plasma vehicle with blood group O donor");
        await Expect(page.Locator("#loop-2-vehicle-messages")).ToContainTextAsync("Use human serum albumin as vehicle");
        await _host.ScreenshotAsync(page, "newrun-warnings");

        var runKey = await page.Locator("#draft-run-key").InnerTextAsync();
        await using (var db = _host.Databases.CreateDbContext())
        {
            var run = await db.Runs.AsNoTracking().Include(r => r.Operator).Include(r => r.Rig).SingleAsync(r => r.RunKey == runKey);
            Assert.True(run.IsSimulated);
            Assert.Equal(TestAccounts.Operator.UserName, run.Operator!.UserName);
            Assert.Equal("rig-02", run.Rig!.RigKey);
            Assert.Equal(RunState.Draft, run.State);
            Assert.Equal("web test of the set-up form", run.Notes);
            var loops = await db.Loops.AsNoTracking().Include(l => l.Donor).Where(l => l.RunId == run.Id).OrderBy(l => l.Position).ToListAsync();
            Assert.Equal([1, 2, 3], loops.Select(l => l.Position));
            Assert.Equal([LoopRole.NegativeControl, LoopRole.TestArticle, LoopRole.PositiveControl], loops.Select(l => l.Role));
            Assert.Equal([0.0, TestDose, TestDose], loops.Select(l => l.DoseCellsPerMilliliter));
            Assert.Equal(pipette, loops[1].VolumeToPipetteMicroliters!.Value, 6);
            Assert.Equal("Fibroblasts", loops[2].CellProduct);
            Assert.All(loops, l => Assert.Equal(Vehicle.AbPlasma, l.Vehicle));
            Assert.All(loops, l => Assert.Equal(DonorId, l.Donor!.PseudonymousId));
            Assert.Equal(AboGroup.O, loops[0].Donor!.AboGroup);
            Assert.Equal("HEP-77", loops[0].Donor!.AnticoagulantLot);

            await page.ClickAsync("#start-prewarm");
            // Accepted → the run page; not accepted → a refusal in plain words (seen with rig-02 timing out in this fixture, see the report).
            await page.WaitForFunctionAsync("() => location.pathname.endsWith('/runs/" + run.Id + "') || document.getElementById('prewarm-refused') !== null",
                null, new PageWaitForFunctionOptions { Timeout = 45_000 });
            var refusal = page.Url.EndsWith("/runs/" + run.Id, StringComparison.Ordinal) ? null : await page.Locator("#prewarm-refused").InnerTextAsync();

            // Leave rig-02 free for the other tests (a late answer may still have started pre-warming).
            await Task.Delay(1000);
            var state = (await db.Runs.AsNoTracking().SingleAsync(r => r.Id == run.Id)).State;
            if (state is RunState.PreWarming or RunState.Ready)
            {
                var abort = await _host.Runtime.Orchestrator.AbortAsync(run.Id, RunAbortReason.Operator, "web test cleanup", TestAccounts.Operator.UserName);
                Assert.True(abort.Accepted, abort.Reason + " " + abort.Detail);
            }

            Assert.True(refusal is null, "pre-warm not accepted; the page said: " + refusal);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Lab_manager_is_refused_the_new_run_page_by_the_server()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Manager);
        await page.GotoAsync(_host.BaseUrl + "/runs/new");
        Assert.StartsWith(_host.BaseUrl + "/access-denied", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("main")).ToContainTextAsync("Not allowed");
        await Expect(page.Locator("#create-draft")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static async Task FillLoop(IPage page, int position, string product, string tissue, double dose, string tissueFactorPercent)
    {
        var id = "#loop-" + position + "-";
        await Commit(page, id + "product", product);
        await Commit(page, id + "tissue", tissue);
        await Commit(page, id + "lot", "LOT-" + position);
        await Commit(page, id + "passage", "4");
        await Commit(page, id + "viability", "92");
        await Commit(page, id + "tf", tissueFactorPercent);
        await Commit(page, id + "dose", dose.ToString(CultureInfo.InvariantCulture));
        await Commit(page, id + "stock", Stock.ToString(CultureInfo.InvariantCulture));
        await Commit(page, id + "blood", Blood.ToString(CultureInfo.InvariantCulture));
        await page.SelectOptionAsync(id + "vehicle", "AbPlasma");
        await Commit(page, id + "fraction", "2");
    }

    /// <summary>Types a value and leaves the field (the change event commits it, as a person tabbing on would).</summary>
    private static async Task Commit(IPage page, string selector, string value)
    {
        await page.FillAsync(selector, value);
        await page.PressAsync(selector, "Tab");
    }

    private async Task<int> CountRunsAsync()
    {
        await using var db = _host.Databases.CreateDbContext();
        return await db.Runs.CountAsync();
    }
}
