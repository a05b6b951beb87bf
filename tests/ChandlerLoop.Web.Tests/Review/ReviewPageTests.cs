using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Services.Review;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Review;

/// <summary>The review page: checklist and chart, dispositions, signatures with password re-entry, approval locks the run.</summary>
[Collection(WebCollection.Name)]
public sealed class ReviewPageTests
{
    // The password check (PBKDF2) is slow on purpose; on a loaded 2-core machine it takes seconds.
    private static readonly LocatorAssertionsToContainTextOptions Signing = new() { Timeout = 30_000 };
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public ReviewPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task The_review_page_shows_the_acceptance_checklist_and_the_whole_run_charts()
    {
        var runId = await ReviewRunArrangement.RunIdAsync(_host);
        var page = await _host.SignedInPageAsync(TestAccounts.Manager);
        await _host.GoToAsync(page, $"/runs/{runId}/review");
        await Expect(page.Locator("#acceptance-outcome")).ToContainTextAsync("Outcome:");
        var rows = page.Locator("#acceptance-checklist tbody tr");
        Assert.True(await rows.CountAsync() >= 5, "checklist rows: " + await rows.CountAsync());
        await Expect(rows.First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("PASS|FAIL|NOT EVALUABLE"));
        await Expect(page.Locator("#telemetry-temperature-chart svg path").First).ToBeAttachedAsync();
        await Expect(page.Locator("#telemetry-speed-chart svg path").First).ToBeAttachedAsync();
        await Expect(page.Locator("#telemetry-summary")).ToContainTextAsync("telemetry points recorded");
        await Expect(page.Locator("#review-simulated")).ToBeVisibleAsync();
        await _host.ScreenshotAsync(page, "review-checklist");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_lab_manager_dispositions_reviews_and_approves_and_the_run_locks_while_an_operator_cannot_approve()
    {
        var runId = await ReviewRunArrangement.RunIdAsync(_host);

        // The operator sees no approval meaning and no disposition form; the service refuses anyway.
        var operatorPage = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(operatorPage, $"/runs/{runId}/review");
        await Expect(operatorPage.Locator("#acceptance-checklist")).ToBeVisibleAsync();
        await Expect(operatorPage.Locator("#sign-meaning option[value='ApprovedBy']")).ToHaveCountAsync(0);
        await Expect(operatorPage.Locator("#evaluate-acceptance")).ToHaveCountAsync(0);
        await Expect(operatorPage.Locator("form.cl-review-disposition")).ToHaveCountAsync(0);
        var refused = await Assert.ThrowsAsync<ReviewRefusedException>(() => new SignatureService(_host.Databases, _host.Runtime.Clock)
            .SignAsync(runId, TestAccounts.Operator.UserName, TestAccounts.Operator.Password, SignatureMeaning.ApprovedBy));
        Assert.Equal(ReviewRefusal.RoleNotAllowed, refused.Refusal);

        var page = await _host.SignedInPageAsync(TestAccounts.Manager);
        await _host.GoToAsync(page, $"/runs/{runId}/review");
        await Expect(page.Locator("#sign-printed-name")).ToHaveTextAsync(TestAccounts.Manager.FullName);

        // A wrong password is refused in plain words and nothing is signed.
        await page.SelectOptionAsync("#sign-meaning", "ReviewedBy");
        await page.FillAsync("#sign-password", "not-my-password");
        await page.ClickAsync("#sign-submit");
        await Expect(page.Locator("#review-message")).ToContainTextAsync("password is wrong: nothing was signed", Signing);
        Assert.Equal(1, await SignatureCountAsync(runId));

        // Every deviation gets a disposition.
        var open = await OpenDeviationIdsAsync(runId);
        Assert.NotEmpty(open);
        foreach (var id in open)
        {
            await page.FillAsync($"#dev-{id}-disposition", "accepted: no impact on results");
            await page.FillAsync($"#dev-{id}-impact", "none: within tolerance");
            await page.FillAsync($"#dev-{id}-reason", "reviewed the telemetry and the results");
            await page.ClickAsync($"#dev-{id}-save");
            await Expect(page.Locator($"#dev-{id}-status")).ToContainTextAsync("accepted: no impact on results");
        }

        Assert.Empty(await OpenDeviationIdsAsync(runId));

        await Sign(page, "ReviewedBy");
        await Expect(page.Locator("#review-message")).ToContainTextAsync("Signed as reviewed by " + TestAccounts.Manager.FullName, Signing);
        await Sign(page, "ApprovedBy");
        await Expect(page.Locator("#review-message")).ToContainTextAsync("another lab manager must approve it", Signing);
        await page.Context.CloseAsync();

        // Four eyes: a second lab manager approves.
        page = await _host.SignedInPageAsync(TestAccounts.SecondManager);
        await _host.GoToAsync(page, $"/runs/{runId}/review");
        await page.SelectOptionAsync("#sign-meaning", "ApprovedBy");
        await page.FillAsync("#sign-password", TestAccounts.SecondManager.Password);
        await page.ClickAsync("#sign-submit");
        await Expect(page.Locator("#review-message")).ToContainTextAsync("approved and locked", Signing);
        await Expect(page.Locator("#run-locked-note")).ToBeVisibleAsync();
        await Expect(page.Locator("#sign-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("#signature-list tbody tr")).ToHaveCountAsync(3);
        await _host.ScreenshotAsync(page, "review-signed");

        await using (var db = _host.Databases.CreateDbContext())
        {
            var run = await db.Runs.AsNoTracking().FirstAsync(r => r.Id == runId);
            Assert.True(run.IsLocked);
            Assert.Equal(RunState.Approved, run.State);
            var signatures = await db.ElectronicSignatures.AsNoTracking().Where(s => s.RunId == runId).OrderBy(s => s.Id).ToListAsync();
            Assert.Equal([SignatureMeaning.PerformedBy, SignatureMeaning.ReviewedBy, SignatureMeaning.ApprovedBy], signatures.Select(s => s.Meaning));
            Assert.Equal(TestAccounts.Manager.FullName, signatures[1].PrintedName);
            Assert.Equal(TestAccounts.SecondManager.FullName, signatures[2].PrintedName);
        }

        // After approval the results refuse edits.
        long resultId;
        await using (var db = _host.Databases.CreateDbContext())
        {
            resultId = await db.MarkerResults.Where(m => m.Sample!.Loop!.RunId == runId).Select(m => m.Id).FirstAsync();
        }

        using var scope = _host.Services.CreateScope();
        var results = scope.ServiceProvider.GetRequiredService<ResultEntryService>();
        await Assert.ThrowsAnyAsync<Exception>(() => results.DeleteMarkerResultAsync(resultId, TestAccounts.Operator.UserName, "try after approval"));
        await using (var db = _host.Databases.CreateDbContext())
        {
            Assert.True(await db.MarkerResults.AnyAsync(m => m.Id == resultId));
        }

        // The operator's page shows the lock and no sign form.
        await _host.GoToAsync(operatorPage, $"/runs/{runId}/review");
        await Expect(operatorPage.Locator("#run-locked-note")).ToBeVisibleAsync();
        await Expect(operatorPage.Locator("#sign-form")).ToHaveCountAsync(0);
        await operatorPage.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static async Task Sign(IPage page, string meaning)
    {
        await page.SelectOptionAsync("#sign-meaning", meaning);
        await page.FillAsync("#sign-password", TestAccounts.Manager.Password);
        await page.ClickAsync("#sign-submit");
    }

    private async Task<int> SignatureCountAsync(long runId)
    {
        await using var db = _host.Databases.CreateDbContext();
        return await db.ElectronicSignatures.CountAsync(s => s.RunId == runId);
    }

    private async Task<List<long>> OpenDeviationIdsAsync(long runId)
    {
        await using var db = _host.Databases.CreateDbContext();
        return await db.Deviations.AsNoTracking().Where(d => d.RunId == runId && (d.Disposition == null || d.Disposition == "")).Select(d => d.Id).ToListAsync();
    }
}
