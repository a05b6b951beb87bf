using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary>/runs/new shows the service's errors and warnings by their fields before anything is saved.</summary>
[Collection(WebCollection.Name)]
public sealed class SetupPreviewTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public SetupPreviewTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Check_shows_the_AB_plasma_warning_and_a_changed_field_shows_its_error_without_saving()
    {
        var runsBefore = await CountRunsAsync();
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs/new");
        await page.SelectOptionAsync("#run-rig", "rig-01");
        await Commit(page, "#donor-1-id", "D-PREVIEW-01");
        await page.SelectOptionAsync("#donor-1-abo", "O");
        await Commit(page, "#loop-2-product", "BM-MSC");
        await page.SelectOptionAsync("#loop-1-vehicle", "AbPlasma");

        await page.ClickAsync("#check-setup");

        await Expect(page.Locator("#loop-1-vehicle-messages")).ToContainTextAsync("AB-plasma vehicle with blood group O donor 'D-PREVIEW-01'");
        await Expect(page.Locator("#setup-warnings")).ToContainTextAsync("Loop 1 · Vehicle");
        await Expect(page.Locator("#check-clean")).ToContainTextAsync("no errors, 1 warning(s)");
        await Expect(page.Locator("#setup-errors")).ToHaveCountAsync(0);
        Assert.Equal(runsBefore, await CountRunsAsync());

        // After the first check a change is checked again at once: the error sits by the dose field.
        await Commit(page, "#loop-2-dose", "-5");
        await Expect(page.Locator("#loop-2-dose-messages")).ToContainTextAsync("is -5 cells/mL; the allowed range is 0–2,000,000 cells/mL");
        await Expect(page.Locator("#setup-errors")).ToContainTextAsync("Not saved yet");
        await Expect(page.Locator("#check-clean")).ToHaveCountAsync(0);
        await _host.ScreenshotAsync(page, "newrun-preview-error");
        Assert.Equal(runsBefore, await CountRunsAsync());

        // Fixing it clears the error again, still without saving.
        await Commit(page, "#loop-2-dose", "15000");
        await Expect(page.Locator("#loop-2-dose-messages")).ToHaveCountAsync(0);
        await Expect(page.Locator("#check-clean")).ToBeVisibleAsync();
        Assert.Equal(runsBefore, await CountRunsAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>Types a value and leaves the field (the change event commits it).</summary>
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
