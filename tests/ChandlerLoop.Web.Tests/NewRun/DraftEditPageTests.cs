using ChandlerLoop.Data.Audit;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary>/runs/{id}/edit: an operator changes a draft's set-up (audited); after pre-warm started it is refused.</summary>
[Collection(WebCollection.Name)]
public sealed class DraftEditPageTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public DraftEditPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Operator_opens_the_draft_from_the_live_page_changes_a_dose_and_the_change_is_audited()
    {
        var runId = await CreateDraftAsync("D-EDIT-01");
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs/" + runId);
        await page.ClickAsync("#action-edit-setup");
        await Expect(page.Locator("#edit-run-key")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^R-\d{8}-\d{2}$"));
        await WebHostFixture.WaitForInteractiveAsync(page);
        await Expect(page.Locator("#loop-2-dose")).ToHaveValueAsync("15000");
        await Expect(page.Locator("#run-rig")).ToBeDisabledAsync();

        // Without a reason nothing is saved; the error sits by the reason field.
        await Commit(page, "#loop-2-dose", "20000");
        await page.ClickAsync("#save-draft");
        await Expect(page.Locator("#edit-reason-messages")).ToContainTextAsync("Reason is empty");
        Assert.Equal(15_000, await DoseAsync(runId, 2));

        await Commit(page, "#edit-reason", "dose per study plan v2");
        await page.ClickAsync("#save-draft");
        await Expect(page.Locator("#draft-saved")).ToContainTextAsync("saved");
        await _host.ScreenshotAsync(page, "newrun-draft-edited");
        Assert.Equal(20_000, await DoseAsync(runId, 2));
        await using (var db = _host.Databases.CreateDbContext())
        {
            var loopId = (await db.Loops.AsNoTracking().SingleAsync(l => l.RunId == runId && l.Position == 2)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Loop) && a.EntityId == loopId && a.Action == AuditAction.Change && a.Field == nameof(Loop.DoseCellsPerMilliliter));
            Assert.Equal(("15000", "20000", TestAccounts.Operator.UserName, "dose per study plan v2"), (entry.OldValue, entry.NewValue, entry.UserName, entry.Reason));
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_run_past_pre_warm_is_refused_with_a_clear_message()
    {
        var runId = await CreateDraftAsync("D-EDIT-02");
        await using (var db = _host.Databases.CreateDbContext())
        {
            // Ended runs only: no rig is left mid-way for the other tests.
            var run = await db.Runs.SingleAsync(r => r.Id == runId);
            var now = _host.Runtime.Clock.GetUtcNow().UtcDateTime;
            (run.State, run.PrewarmStartedAtUtc, run.EndedAtUtc, run.EndReason) = (RunState.Aborted, now, now, "edit test");
            await db.SaveChangesAsync();
        }

        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs/" + runId + "/edit");
        await Expect(page.Locator(".cl-fault-banner")).ToContainTextAsync("can only be changed while it is a draft, before pre-warming starts");
        await Expect(page.Locator("#save-draft")).ToHaveCountAsync(0);
        await Expect(page.Locator("#loop-1-dose")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private async Task<long> CreateDraftAsync(string donorPrefix)
    {
        var clock = _host.Runtime.Clock;
        var templateId = await new ProtocolTemplateService(_host.Databases, clock).EnsureDefaultTemplateAsync();
        var donorId = donorPrefix + "-" + Guid.NewGuid().ToString("N")[..6];
        var request = new RunSetupRequest
        {
            RigKey = "rig-01",
            ProtocolTemplateId = templateId,
            OperatorUserName = TestAccounts.Operator.UserName,
            IsSimulated = true,
            Donors = { new DonorSetup { PseudonymousId = donorId, AboGroup = AboGroup.A, DrawnAtUtc = clock.GetUtcNow().UtcDateTime.AddMinutes(-2) } },
            Loops =
            {
                new LoopSetup { Position = 1, Role = LoopRole.NegativeControl, Vehicle = Vehicle.HumanSerumAlbumin, DonorPseudonymousId = donorId },
                new LoopSetup { Position = 2, Role = LoopRole.TestArticle, CellProduct = "BM-MSC", DoseCellsPerMilliliter = 15_000, Vehicle = Vehicle.HumanSerumAlbumin, DonorPseudonymousId = donorId },
                new LoopSetup { Position = 3, Role = LoopRole.PositiveControl, CellProduct = "fibroblasts", DoseCellsPerMilliliter = 15_000, Vehicle = Vehicle.HumanSerumAlbumin, DonorPseudonymousId = donorId },
            },
        };
        return (await new RunSetupService(_host.Databases, clock).CreateDraftAsync(request)).RunId;
    }

    private async Task<double> DoseAsync(long runId, int position)
    {
        await using var db = _host.Databases.CreateDbContext();
        return (await db.Loops.AsNoTracking().SingleAsync(l => l.RunId == runId && l.Position == position)).DoseCellsPerMilliliter;
    }

    /// <summary>Types a value and leaves the field (the change event commits it).</summary>
    private static async Task Commit(IPage page, string selector, string value)
    {
        await page.FillAsync(selector, value);
        await page.PressAsync(selector, "Tab");
    }
}
