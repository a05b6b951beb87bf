using System.Security.Cryptography;
using System.Text;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Results;

/// <summary>
/// /runs/{id}/results in the browser on a completed simulated run: values typed into the grid are
/// stored with unit and user, LLOQ flags and refusals show per cell, a CSV is previewed before anything
/// is stored, clot scores keep their photo's SHA-256, derived metrics follow, and lab managers only read.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RunResultsPageTests
{
    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public RunResultsPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Operator_types_a_TAT_value_and_it_is_stored_with_unit_and_user_and_below_LLOQ_is_flagged()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(TestAccounts.Operator, runId);
        await Expect(page.Locator("#col-TAT")).ToContainTextAsync("µg/L");
        await page.FillAsync("#cell-L2-T1-TAT", "12.5");
        await page.PressAsync("#cell-L2-T1-TAT", "Tab");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync("Saved TAT of loop 2 at t15 min: 12.5 µg/L");
        var tat = Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 2, 1), r => r.Analyte == "TAT");
        Assert.Equal(12.5, tat.Value, 6);
        Assert.Equal("µg/L", tat.Unit);
        Assert.Equal(TestAccounts.Operator.UserName, tat.EnteredBy!.UserName);
        Assert.Equal("manual", tat.Source);

        await page.FillAsync("#lloq-C3a", "10");
        await page.FillAsync("#cell-L2-T1-C3a", "4");
        await page.PressAsync("#cell-L2-T1-C3a", "Tab");
        await Expect(page.Locator("td[data-cell='cell-L2-T1-C3a']")).ToContainTextAsync("<LLOQ");
        var c3a = Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 2, 1), r => r.Analyte == "C3a");
        Assert.True(c3a.IsBelowLloq);
        Assert.Equal(10, c3a.LloqValue);
        await page.FocusAsync("#cell-L2-T1-TAT");
        await Expect(page.Locator("#cl-results-cell-detail")).ToContainTextAsync("entered by Olga Operator");
        await _host.ScreenshotAsync(page, "results-grid");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_negative_value_is_refused_with_a_message_and_nothing_is_stored()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(TestAccounts.Operator, runId);
        await page.FillAsync("#cell-L3-T1-TAT", "-5");
        await page.PressAsync("#cell-L3-T1-TAT", "Tab");
        await Expect(page.Locator("#cl-results-grid-error")).ToContainTextAsync("TAT of loop 3 at t15 min: TAT value -5 is not a number ≥ 0");
        await Expect(page.Locator("#cell-L3-T1-TAT")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.DoesNotContain(await CompletedRunForResults.ResultsAsync(_host, runId, 3, 1), r => r.Analyte == "TAT");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Changing_a_stored_value_needs_a_reason()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(TestAccounts.Operator, runId);
        await page.FillAsync("#cell-L3-T2-sC5b9", "300");
        await page.PressAsync("#cell-L3-T2-sC5b9", "Tab");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync("Saved");
        await page.FillAsync("#cell-L3-T2-sC5b9", "350");
        await page.PressAsync("#cell-L3-T2-sC5b9", "Tab");
        await Expect(page.Locator("#cl-results-pending")).ToContainTextAsync("from 300 to 350 ng/mL");
        await page.ClickAsync("#cl-results-confirm");
        await Expect(page.Locator("#cl-results-grid-error")).ToContainTextAsync("A reason is required");
        Assert.Equal(300, Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 3, 2), r => r.Analyte == "sC5b-9").Value);
        await page.FillAsync("#cl-results-reason", "transcription error");
        await page.ClickAsync("#cl-results-confirm");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync("Changed");
        Assert.Equal(350, Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 3, 2), r => r.Analyte == "sC5b-9").Value);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_CSV_is_previewed_without_storing_and_imported_on_confirmation()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(TestAccounts.Operator, runId);
        var csv = "Loop,Minutes,Analyte,Value,Unit\n4,0,TAT,2.1,µg/L\n4,15,TAT,35,µg/L\n4,15,C3a,0.25,µg/mL\n";
        await page.SetInputFilesAsync("#cl-import-file", new FilePayload { Name = "elisa.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Expect(page.Locator("#cl-import-headers")).ToContainTextAsync("Loop,Minutes,Analyte,Value,Unit");
        await page.SelectOptionAsync("#cl-import-sampleby", "position");
        await Expect(page.Locator("#cl-import-loop")).ToBeVisibleAsync();
        await page.ClickAsync("#cl-import-preview");
        await Expect(page.Locator("#cl-import-preview-table tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#cl-import-preview-table")).ToContainTextAsync("250 ng/mL");
        Assert.Empty(await CompletedRunForResults.ResultsAsync(_host, runId, 4));
        await _host.ScreenshotAsync(page, "results-import-preview");
        await page.ClickAsync("#cl-import-commit");
        await Expect(page.Locator("#cl-import-status")).ToContainTextAsync("Imported 3 result(s)");
        var stored = await CompletedRunForResults.ResultsAsync(_host, runId, 4);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, r => Assert.Equal("import:elisa.csv", r.Source));
        Assert.Equal(250, stored.Single(r => r.Analyte == "C3a").Value, 6);
        await Expect(page.Locator("#cell-L4-T1-TAT")).ToHaveValueAsync("35");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clot_score_with_a_photo_is_stored_with_the_photo_hash()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(TestAccounts.Operator, runId);
        await Expect(page.Locator("#cl-results-clot-scale")).ToContainTextAsync("occlusive clot");
        await page.SelectOptionAsync("#clot-input-L6", "3");
        await page.FillAsync("#clot-weight-L6", "120.5");
        await page.SetInputFilesAsync("#clot-photo-L6", new FilePayload { Name = "loop6.png", MimeType = "image/png", Buffer = Png });
        await Expect(page.Locator("#cl-results-clot")).ToContainTextAsync("loop6.png");
        await page.ClickAsync("#clot-save-L6");
        var sha = Convert.ToHexStringLower(SHA256.HashData(Png));
        await Expect(page.Locator("#clot-sha-L6")).ToHaveTextAsync(sha);
        await Expect(page.Locator("#clot-score-L6")).ToHaveTextAsync("3");
        await using (var db = _host.Databases.CreateDbContext())
        {
            var clot = await db.ClotScores.Include(c => c.Scorer).SingleAsync(c => c.Loop!.RunId == runId && c.Loop.Position == 6);
            Assert.Equal(3, clot.Score);
            Assert.Equal(120.5, clot.WetWeightMilligrams);
            Assert.Equal(sha, clot.PhotoSha256);
            Assert.Equal(TestAccounts.Operator.UserName, clot.Scorer!.UserName);
        }

        await _host.ScreenshotAsync(page, "results-clot");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Derived_metrics_follow_the_entered_platelet_counts()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(TestAccounts.Operator, runId);
        await page.FillAsync("#cell-L5-T0-PLT", "250");
        await page.PressAsync("#cell-L5-T0-PLT", "Tab");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync("Saved PLT of loop 5 at t0");
        await page.FillAsync("#cell-L5-T2-PLT", "100");
        await page.PressAsync("#cell-L5-T2-PLT", "Tab");
        await Expect(page.Locator("#metric-L5-T2-PLTC")).ToHaveTextAsync("60.0 %");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_lab_manager_sees_the_results_but_cannot_enter_any()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(TestAccounts.Manager, runId);
        await Expect(page.Locator("#cl-results-access")).ToContainTextAsync("only operators enter or change results");
        await Expect(page.Locator("#cl-results-grid")).ToBeVisibleAsync();
        await Expect(page.Locator("#cl-results-grid input")).ToHaveCountAsync(0);
        await Expect(page.Locator("#cl-import-file")).ToHaveCountAsync(0);
        await Expect(page.Locator("[id^='clot-save-']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_approved_run_is_read_only_with_the_reason()
    {
        var runId = await new RunArranger(_host).CreateDraftAsync("rig-02", TestAccounts.Operator.UserName, rigIndex: 1);
        await using (var db = _host.Databases.CreateDbContext())
        {
            await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Approved).SetProperty(r => r.IsLocked, true));
        }

        var page = await OpenAsync(TestAccounts.Operator, runId);
        await Expect(page.Locator("#cl-results-access")).ToContainTextAsync("approved and locked");
        await Expect(page.Locator("#cl-results-grid input")).ToHaveCountAsync(0);
        await Expect(page.Locator("[id^='clot-save-']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(TestAccount account, long runId)
    {
        var page = await _host.SignedInPageAsync(account);
        await _host.GoToAsync(page, "/runs/" + runId + "/results");
        await Expect(page.Locator("#cl-results-grid")).ToBeVisibleAsync();
        return page;
    }
}
