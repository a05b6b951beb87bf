using System.Text;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Results;

/// <summary>
/// The analytical record of a value (DOMAIN §6: method, kit, lot) from the grid and from a CSV import,
/// and the grid used from the keyboard: Enter saves and moves down the column, Tab saves and moves on,
/// and a change of a stored value is confirmed from the keyboard. Uses loop 1 of the shared run.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ResultsMethodAndKeyboardTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public ResultsMethodAndKeyboardTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task A_typed_value_is_stored_with_the_columns_method_and_kit_lot_and_Enter_moves_down_the_column()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(runId);
        await page.GetByLabel("TAT Method, kit").FillAsync("ELISA, Enzygnost TAT micro");
        await page.GetByLabel("TAT Kit lot").FillAsync("TAT-4471");
        await page.FillAsync("#cell-L1-T1-TAT", "18.4");
        await page.PressAsync("#cell-L1-T1-TAT", "Enter");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync("Saved TAT of loop 1 at t15 min: 18.4 µg/L (ELISA, Enzygnost TAT micro, kit lot TAT-4471)");
        await Expect(page.Locator("#cell-L1-T2-TAT")).ToBeFocusedAsync();

        // Keep typing: the next value goes into the focused cell below, Tab saves it.
        await page.Keyboard.TypeAsync("31");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync(": 31 µg/L");
        await Expect(page.Locator("#cell-L1-T2-C3a")).ToBeFocusedAsync();

        var t1 = Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 1, 1), r => r.Analyte == "TAT");
        Assert.Equal(18.4, t1.Value, 6);
        Assert.Equal("ELISA, Enzygnost TAT micro", t1.Method);
        Assert.Equal("TAT-4471", t1.KitLot);
        var t2 = Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 1, 2), r => r.Analyte == "TAT");
        Assert.Equal(31, t2.Value, 6);
        Assert.Equal("TAT-4471", t2.KitLot);

        await page.FocusAsync("#cell-L1-T1-TAT");
        await Expect(page.Locator("#cl-results-cell-detail")).ToContainTextAsync("method ELISA, Enzygnost TAT micro, kit lot TAT-4471");
        await _host.ScreenshotAsync(page, "results-method-kitlot");

        // Changing a stored value from the keyboard: the reason box takes the focus, Enter saves. With the
        // column's method and kit lot cleared, the correction keeps the stored ones.
        await page.GetByLabel("TAT Method, kit").FillAsync("");
        await page.GetByLabel("TAT Kit lot").FillAsync("");
        await page.FillAsync("#cell-L1-T1-TAT", "19");
        await page.PressAsync("#cell-L1-T1-TAT", "Enter");
        await Expect(page.Locator("#cl-results-reason")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#cl-results-grid-error")).ToContainTextAsync("type why in the reason box");
        await page.Keyboard.TypeAsync("misread plate");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync("Changed");
        var changed = Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 1, 1), r => r.Analyte == "TAT");
        Assert.Equal(19, changed.Value, 6);
        Assert.Equal(("ELISA, Enzygnost TAT micro", "TAT-4471"), (changed.Method, changed.KitLot));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Escape_cancels_a_change_and_the_cell_shows_the_stored_value_again()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(runId);
        await page.FocusAsync("#cl-results-skip");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#cell-L1-T0-PLT")).ToBeFocusedAsync();
        await page.FillAsync("#cell-L1-T0-PLT", "240");
        await page.PressAsync("#cell-L1-T0-PLT", "Tab");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync("Saved PLT of loop 1 at t0");
        await page.FillAsync("#cell-L1-T0-PLT", "420");
        await page.PressAsync("#cell-L1-T0-PLT", "Tab");
        await Expect(page.Locator("#cl-results-reason")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#cl-results-pending")).ToHaveCountAsync(0);
        await Expect(page.Locator("#cell-L1-T0-PLT")).ToHaveValueAsync("240");
        await Expect(page.Locator("#cell-L1-T0-PLT")).ToBeFocusedAsync();
        Assert.Equal(240, Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 1, 0), r => r.Analyte == "PLT").Value, 6);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_imported_line_is_stored_with_the_method_and_its_kit_lot_like_a_typed_value()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await OpenAsync(runId);
        var csv = "Loop,Minutes,Analyte,Value,Lot\n1,15,C3a,310,C3A-22\n1,30,C3a,420,\n";
        await page.SetInputFilesAsync("#cl-import-file", new FilePayload { Name = "c3a.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Expect(page.Locator("#cl-import-headers")).ToContainTextAsync("Loop,Minutes,Analyte,Value,Lot");
        await page.SelectOptionAsync("#cl-import-sampleby", "position");
        await page.FillAsync("#cl-import-unit", "");
        await page.FillAsync("#cl-import-kitlot", "Lot");
        await page.FillAsync("#cl-import-method", "ELISA, Quidel C3a");
        await page.FillAsync("#cl-import-defaultkitlot", "C3A-21");
        await page.FillAsync("#cl-import-defaultunits", "C3a = ng/mL");
        await page.ClickAsync("#cl-import-preview");
        await Expect(page.Locator("#cl-import-preview-table tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#cl-import-preview-table tbody tr").Nth(0)).ToContainTextAsync("ELISA, Quidel C3a, lot C3A-22");
        await Expect(page.Locator("#cl-import-preview-table tbody tr").Nth(1)).ToContainTextAsync("lot C3A-21");
        await page.ClickAsync("#cl-import-commit");
        await Expect(page.Locator("#cl-import-status")).ToContainTextAsync("Imported 2 result(s)");
        var t1 = Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 1, 1), r => r.Analyte == "C3a");
        Assert.Equal(("ELISA, Quidel C3a", "C3A-22"), (t1.Method, t1.KitLot));
        var t2 = Assert.Single(await CompletedRunForResults.ResultsAsync(_host, runId, 1, 2), r => r.Analyte == "C3a");
        Assert.Equal("C3A-21", t2.KitLot);
        await page.FocusAsync("#cell-L1-T1-C3a");
        await Expect(page.Locator("#cl-results-cell-detail")).ToContainTextAsync("method ELISA, Quidel C3a, kit lot C3A-22");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(long runId)
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs/" + runId + "/results");
        await Expect(page.Locator("#cl-results-grid")).ToBeVisibleAsync();
        return page;
    }
}
