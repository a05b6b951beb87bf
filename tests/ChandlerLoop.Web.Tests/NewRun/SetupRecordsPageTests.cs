using System.Text.Json;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary>The donor and tubing records: entered on /runs/new, checked, stored, shown on the report and exported.</summary>
[Collection(WebCollection.Name)]
public sealed class SetupRecordsPageTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public SetupRecordsPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Records_entered_at_set_up_are_warned_stored_reported_and_exported()
    {
        var donorId = "D-REC-" + Guid.NewGuid().ToString("N")[..6];
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs/new");
        await page.SelectOptionAsync("#run-rig", "rig-01");
        await Commit(page, "#run-tubing-material", "PVC");
        await Commit(page, "#run-tubing-coating", "heparin (Corline)");
        await Expect(page.Locator("#run-loop-volume")).ToHaveTextAsync("Loop volume 12.2 mL");
        await Expect(page.Locator("#loop-1-fill")).ToContainTextAsync("Fill: 58 % of the loop volume");
        await Commit(page, "#donor-1-id", donorId);
        await page.SelectOptionAsync("#donor-1-abo", "A");
        await page.SelectOptionAsync("#donor-1-sex", "Female");
        await page.SelectOptionAsync("#donor-1-age", "30-39");
        await Commit(page, "#donor-1-medfree", "7");
        await page.SelectOptionAsync("#donor-1-screen", "Negative");
        await Commit(page, "#loop-2-product", "BM-MSC");

        await page.ClickAsync("#check-setup");
        await Expect(page.Locator("#donor-1-medfree-messages")).ToContainTextAsync("medication-free for only 7 days");
        await _host.ScreenshotAsync(page, "newrun-records-warning");

        await Commit(page, "#donor-1-medfree", "21");
        await Expect(page.Locator("#donor-1-medfree-messages")).ToHaveCountAsync(0);
        await page.ClickAsync("#create-draft");
        await Expect(page.Locator("#draft-run-key")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^R-\d{8}-\d{2}$"));
        var runKey = await page.Locator("#draft-run-key").InnerTextAsync();
        long runId;
        await using (var db = _host.Databases.CreateDbContext())
        {
            var run = await db.Runs.AsNoTracking().SingleAsync(r => r.RunKey == runKey);
            runId = run.Id;
            Assert.Equal(("PVC", "heparin (Corline)", 6.3, 39.0), (run.TubingMaterial, run.TubingCoating, run.TubingInnerDiameterMillimeters!.Value, run.LoopLengthCentimeters!.Value));
            var donor = await db.Donors.AsNoTracking().SingleAsync(d => d.PseudonymousId == donorId);
            Assert.Equal((DonorSex.Female, "30-39", 21, InfectionScreen.Negative), (donor.Sex!.Value, donor.AgeBand, donor.MedicationFreeDays!.Value, donor.InfectionScreen!.Value));
        }

        await _host.GoToAsync(page, $"/runs/{runId}/report");
        await Expect(page.Locator("#report-donors")).ToContainTextAsync("Female");
        await Expect(page.Locator("#report-donors")).ToContainTextAsync("30-39");
        await Expect(page.Locator("#report-donors")).ToContainTextAsync("Negative");
        await Expect(page.Locator("#report-tubing-material")).ToHaveTextAsync("PVC");
        await Expect(page.Locator("#report-tubing-coating")).ToHaveTextAsync("heparin (Corline)");
        await Expect(page.Locator("#report-tubing-diameter")).ToHaveTextAsync("6.3 mm");
        await Expect(page.Locator("#report-tubing-volume")).ToHaveTextAsync("12.2 mL");
        await Expect(page.Locator("#report-fill")).ToContainTextAsync("58");
        await _host.ScreenshotAsync(page, "newrun-records-report");

        var json = await page.Context.APIRequest.GetAsync(_host.BaseUrl + $"/api/runs/{runId}/export.json");
        Assert.Equal(200, json.Status);
        var body = await json.TextAsync();
        Assert.Contains("\"medication_free_days\"", body, StringComparison.Ordinal);
        Assert.Contains("\"tubing_coating\"", body, StringComparison.Ordinal);
        Assert.Contains("heparin (Corline)", body, StringComparison.Ordinal);
        Assert.Contains("\"fill_fraction_percent\"", body, StringComparison.Ordinal);
        using (JsonDocument.Parse(body))
        {
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_run_without_records_reports_them_as_not_recorded()
    {
        var clock = _host.Runtime.Clock;
        var templateId = await new ProtocolTemplateService(_host.Databases, clock).EnsureDefaultTemplateAsync();
        var donorId = "D-OLD-" + Guid.NewGuid().ToString("N")[..6];
        var request = new RunSetupRequest
        {
            RigKey = "rig-02",
            ProtocolTemplateId = templateId,
            OperatorUserName = TestAccounts.Operator.UserName,
            IsSimulated = true,
            Donors = { new DonorSetup { PseudonymousId = donorId, AboGroup = AboGroup.B, DrawnAtUtc = clock.GetUtcNow().UtcDateTime.AddMinutes(-2) } },
            Loops = { new LoopSetup { Position = 1, Role = LoopRole.NegativeControl, Vehicle = Vehicle.HumanSerumAlbumin, DonorPseudonymousId = donorId } },
        };
        var runId = (await new RunSetupService(_host.Databases, clock).CreateDraftAsync(request)).RunId;
        await using (var db = _host.Databases.CreateDbContext())
        {
            // As a run set up before the tubing columns existed.
            await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.TubingInnerDiameterMillimeters, (double?)null)
                .SetProperty(r => r.LoopLengthCentimeters, (double?)null));
        }

        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, $"/runs/{runId}/report");
        await Expect(page.Locator("#report-tubing-material")).ToHaveTextAsync("not recorded");
        await Expect(page.Locator("#report-tubing-diameter")).ToHaveTextAsync("not recorded");
        await Expect(page.Locator("#report-fill")).ToContainTextAsync("not recorded");
        await Expect(page.Locator("#report-donors")).ToContainTextAsync("not recorded");
        await page.Context.CloseAsync();
    }

    /// <summary>Types a value and leaves the field (the change event commits it).</summary>
    private static async Task Commit(IPage page, string selector, string value)
    {
        await page.FillAsync(selector, value);
        await page.PressAsync(selector, "Tab");
    }
}
