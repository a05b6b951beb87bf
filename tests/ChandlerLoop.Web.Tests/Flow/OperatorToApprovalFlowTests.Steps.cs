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

/// <summary>The small steps and reads the flow test repeats.</summary>
public sealed partial class OperatorToApprovalFlowTests
{
    private async Task ExpectSignatureRefusedAsync(long runId, ReviewRefusal expected)
    {
        var refused = await Assert.ThrowsAsync<ReviewRefusedException>(() => new SignatureService(_host.Databases, _host.Runtime.Clock)
            .SignAsync(runId, TestAccounts.Operator.UserName, TestAccounts.Operator.Password, SignatureMeaning.ApprovedBy));
        Assert.Equal(expected, refused.Refusal);
    }

    private static async Task FillLoopAsync(IPage page, int position, string product, string tissue, double dose, string tissueFactorPercent)
    {
        var id = "#loop-" + position + "-";
        await Commit(page, id + "product", product);
        await Commit(page, id + "tissue", tissue);
        await Commit(page, id + "lot", "LOT-FLOW-" + position);
        await Commit(page, id + "passage", "4");
        await Commit(page, id + "viability", "93");
        await Commit(page, id + "tf", tissueFactorPercent);
        await Commit(page, id + "dose", dose.ToString(CultureInfo.InvariantCulture));
        await Commit(page, id + "stock", "5000000");
        await Commit(page, id + "blood", "7");
        await Commit(page, id + "fraction", "2");
    }

    private static async Task SignAsync(IPage page, TestAccount account, string meaning, string expected)
    {
        await page.SelectOptionAsync("#sign-meaning", meaning);
        await page.FillAsync("#sign-password", account.Password);
        await page.ClickAsync("#sign-submit");
        // The password check (PBKDF2) is slow on purpose; on a loaded 2-core CI machine it takes seconds.
        await Expect(page.Locator("#review-message")).ToContainTextAsync(expected, new() { Timeout = 30_000 });
    }

    private static async Task TypeCellAsync(IPage page, string selector, double value)
    {
        await page.FillAsync(selector, value.ToString(CultureInfo.InvariantCulture));
        await page.PressAsync(selector, "Tab");
        await Expect(page.Locator("#cl-results-grid-status")).ToContainTextAsync("Saved PLT");
    }

    /// <summary>Types a value and leaves the field (the change event commits it).</summary>
    private static async Task Commit(IPage page, string selector, string value)
    {
        await page.FillAsync(selector, value);
        await page.PressAsync(selector, "Tab");
    }

    private static async Task WaitForChartPointsAsync(IPage page, string chart) =>
        await page.WaitForFunctionAsync(
            "chart => [...document.querySelectorAll(chart + ' svg path')].some(p => ((p.getAttribute('d') || '').match(/[ML]/g) || []).length > 10)",
            chart, new PageWaitForFunctionOptions { Timeout = 30_000 });

    private async Task<int> MarkerCountAsync(long runId)
    {
        await using var db = _host.Databases.CreateDbContext();
        return await db.MarkerResults.CountAsync(m => m.Sample!.Loop!.RunId == runId);
    }

    private async Task<List<long>> OpenDeviationIdsAsync(long runId)
    {
        await using var db = _host.Databases.CreateDbContext();
        return await db.Deviations.AsNoTracking().Where(d => d.RunId == runId && (d.Disposition == null || d.Disposition == ""))
            .Select(d => d.Id).ToListAsync();
    }
}
