using ChandlerLoop.Data.Entities;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Lists;

/// <summary>
/// The runs list, compare and product pages over two completed simulated runs with the demo's example
/// results (arranged once for the class, on both rigs at the same time).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ListsPagesTests
{
    private static readonly SemaphoreSlim ArrangeLock = new(1, 1);
    private static (Run First, Run Second)? _runs;
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public ListsPagesTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Runs_list_shows_both_runs_and_search_and_state_filter_narrow_it()
    {
        var (first, second) = await ArrangeAsync();
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs");
        await Expect(page.Locator("#runs-new")).ToBeVisibleAsync();
        await Expect(page.Locator(".cl-runs-link", new() { HasTextString = first.RunKey })).ToBeVisibleAsync();
        await Expect(page.Locator(".cl-runs-link", new() { HasTextString = second.RunKey })).ToBeVisibleAsync();
        await Expect(page.Locator("#runs-grid")).ToContainTextAsync("SIMULATED");
        await _host.ScreenshotAsync(page, "lists-runs-list");

        await page.FillAsync("#runs-search", first.RunKey);
        await Expect(page.Locator(".cl-runs-link")).ToHaveCountAsync(1);
        await Expect(page.Locator(".cl-runs-link")).ToHaveTextAsync(first.RunKey);
        await Expect(page.Locator(".cl-runs-link")).ToHaveAttributeAsync("href", "runs/" + first.Id);

        await page.FillAsync("#runs-search", "DEMO-A-02");
        await Expect(page.Locator(".cl-runs-link", new() { HasTextString = second.RunKey })).ToBeVisibleAsync();
        await Expect(page.Locator(".cl-runs-link", new() { HasTextString = first.RunKey })).ToHaveCountAsync(0);

        await page.FillAsync("#runs-search", "");
        await page.SelectOptionAsync("#runs-state", first.State.ToString());
        await Expect(page.Locator(".cl-runs-link", new() { HasTextString = first.RunKey })).ToBeVisibleAsync();
        await page.SelectOptionAsync("#runs-state", nameof(RunState.Aborted));
        await Expect(page.Locator(".cl-runs-link", new() { HasTextString = first.RunKey })).ToHaveCountAsync(0);
        await page.SelectOptionAsync("#runs-state", "");
        await page.SelectOptionAsync("#runs-simulated", "no");
        await Expect(page.Locator(".cl-runs-link", new() { HasTextString = first.RunKey })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Compare_tat_fold_change_draws_a_chart_and_a_row_per_loop_with_its_dose()
    {
        var (first, second) = await ArrangeAsync();
        var page = await _host.SignedInPageAsync(TestAccounts.Manager);
        await _host.GoToAsync(page, "/compare?metric=tat-fold");
        await Expect(page.Locator("#compare-empty")).ToContainTextAsync("Include simulated runs");
        await page.CheckAsync("#compare-simulated");
        await Expect(page.Locator("#compare-simulated-note")).ToBeVisibleAsync();
        var chart = page.Locator("#compare-chart svg").Last;
        await Expect(chart).ToBeVisibleAsync();
        Assert.True(await chart.Locator("path").CountAsync() >= 3, "the chart has no series drawn");
        await Expect(page.Locator("#compare-chart")).ToContainTextAsync("BM-MSC");
        foreach (var run in new[] { first, second })
        {
            var rows = page.Locator($"tr.cl-compare-row[data-run='{run.RunKey}']");
            await Expect(rows).ToHaveCountAsync(6);
            var bmLow = page.Locator($"tr.cl-compare-row[data-run='{run.RunKey}'][data-position='2']");
            await Expect(bmLow).ToContainTextAsync("BM-MSC");
            await Expect(bmLow.Locator(".cl-compare-dose")).ToHaveTextAsync("15,000");
        }

        var bmHigh = page.Locator($"tr.cl-compare-row[data-run='{first.RunKey}'][data-position='3']");
        await Expect(bmHigh.Locator(".cl-compare-dose")).ToHaveTextAsync("30,000");
        await Expect(bmHigh.Locator(".cl-compare-value")).ToContainTextAsync("fold");
        await Expect(page.Locator($"tr.cl-compare-row[data-run='{first.RunKey}'][data-position='1'] .cl-compare-value")).ToHaveTextAsync("1.00 fold");
        await Expect(page.Locator("#compare-summary")).ToContainTextAsync("15,000");
        await _host.ScreenshotAsync(page, "lists-compare");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Product_profile_of_bm_msc_shows_both_doses_and_the_fibroblast_reference()
    {
        await ArrangeAsync();
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/products?product=BM-MSC");
        await Expect(page.Locator("#products-empty")).ToContainTextAsync("Include simulated runs");
        await page.CheckAsync("#products-simulated");
        var tat = page.Locator("#products-tat-fold");
        await Expect(tat.Locator("li.cl-products-dose[data-dose='15000']")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"15,000 cells/mL: \d+ loop\(s\) from [2-9]\d* donor\(s\), median"));
        await Expect(tat.Locator("li.cl-products-dose[data-dose='30000']")).ToContainTextAsync("30,000 cells/mL");
        await Expect(tat.Locator("li.cl-products-dose[data-dose='30000']")).ToContainTextAsync("fold");
        await Expect(tat.Locator("li.cl-products-reference", new() { HasTextString = "Fibroblasts" })).ToContainTextAsync("median");
        await Expect(tat.Locator("li.cl-products-reference", new() { HasTextString = "vehicle only" })).ToContainTextAsync("1.00 fold");
        await Expect(page.Locator("#products-plt-consumption li.cl-products-dose[data-dose='15000']")).ToContainTextAsync("%");
        await Expect(page.Locator("#products-clot-score-dose-chart svg").Last).ToBeVisibleAsync();
        await Expect(page.Locator("#products-c3a-fold-tf-chart svg").Last).ToBeVisibleAsync();
        await _host.ScreenshotAsync(page, "lists-products");
        await page.Context.CloseAsync();
    }

    private async Task<(Run First, Run Second)> ArrangeAsync()
    {
        await ArrangeLock.WaitAsync();
        try
        {
            if (_runs is { } arranged)
            {
                return arranged;
            }

            var arranger = new RunArranger(_host);
            var ids = new[]
            {
                await arranger.CreateDraftAsync("rig-01", TestAccounts.Operator.UserName, 0),
                await arranger.CreateDraftAsync("rig-02", TestAccounts.Operator.UserName, 1),
            };
            var states = await Task.WhenAll(ids.Select(id => arranger.RunToEndAsync(id, TestAccounts.Operator.UserName)));
            Assert.All(states, s => Assert.Equal(RunState.Completed, s));
            // The demo's example results are entered as the demo operator, who is not one of the test accounts.
            await Host.Cli.Demo.DemoRecords.EnsureOperatorAsync(_host.Databases, _host.Runtime.Clock, CancellationToken.None);
            foreach (var id in ids)
            {
                Assert.True(await arranger.EnterExampleResultsAsync(id) > 0);
            }

            await using var db = _host.Databases.CreateDbContext();
            Assert.True(await db.Runs.Where(r => ids.Contains(r.Id)).AllAsync(r => r.IsSimulated));
            _runs = (await arranger.ReadRunAsync(ids[0]), await arranger.ReadRunAsync(ids[1]));
            return _runs.Value;
        }
        finally
        {
            ArrangeLock.Release();
        }
    }
}
