using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Admin;

/// <summary>The audit trail page: entries by filter, the hash chain verified on the page, a tampered entry found.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditPageTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public AuditPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Lab_manager_filters_entries_and_sees_the_chain_verified_then_broken_after_tampering()
    {
        // A draft's loops are audited records, created by the operator.
        await new RunArranger(_host).CreateDraftAsync("rig-01", TestAccounts.Operator.UserName);
        var page = await _host.SignedInPageAsync(TestAccounts.Manager);
        await _host.GoToAsync(page, "/audit");
        await Expect(page.Locator("#audit-chain")).ToContainTextAsync("Chain verified");

        await page.FillAsync("#audit-user", TestAccounts.Operator.UserName);
        await page.SelectOptionAsync("#audit-type", "Loop");
        await page.ClickAsync("#audit-search");
        await Expect(page.Locator("#audit-table tbody tr").First).ToContainTextAsync(TestAccounts.Operator.UserName);
        int expected;
        await using (var db = _host.Databases.CreateDbContext())
        {
            expected = await db.AuditEntries.CountAsync(e => e.UserName == TestAccounts.Operator.UserName && e.EntityType == "Loop");
        }

        Assert.True(expected > 0);
        await Expect(page.Locator("#audit-count")).ToContainTextAsync(expected + " entries match");
        await _host.ScreenshotAsync(page, "audit");

        await page.FillAsync("#audit-text", "no-such-text-anywhere");
        await page.ClickAsync("#audit-search");
        await Expect(page.Locator("#audit-count")).ToContainTextAsync("0 entries match");

        // Tamper with one stored entry behind the application's back, then restore it.
        long id;
        string? original;
        await using (var db = _host.Databases.CreateDbContext())
        {
            var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).FirstAsync(e => e.NewValue != null);
            (id, original) = (entry.Id, entry.NewValue);
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE AuditEntries SET NewValue = 'tampered' WHERE Id = {id}");
        }

        try
        {
            await _host.GoToAsync(page, "/audit");
            await Expect(page.Locator("#audit-chain")).ToContainTextAsync("BROKEN at entry " + id);
        }
        finally
        {
            await using var db = _host.Databases.CreateDbContext();
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE AuditEntries SET NewValue = {original} WHERE Id = {id}");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Operator_is_refused_the_audit_trail_page()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await page.GotoAsync(_host.BaseUrl + "/audit");
        Assert.StartsWith(_host.BaseUrl + "/access-denied", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
