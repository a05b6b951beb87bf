using System.IO.Compression;
using System.Text.Json;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Review;

/// <summary>The printable report and the JSON/CSV exports of a completed run.</summary>
[Collection(WebCollection.Name)]
public sealed class ReportAndExportTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public ReportAndExportTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task The_report_shows_donor_dose_marker_units_signatures_and_the_simulated_mark()
    {
        var runId = await ReviewRunArrangement.RunIdAsync(_host);
        string donor;
        string unit;
        await using (var db = _host.Databases.CreateDbContext())
        {
            donor = await db.Loops.Where(l => l.RunId == runId).Select(l => l.Donor!.PseudonymousId).FirstAsync();
            unit = await db.MarkerResults.Where(m => m.Sample!.Loop!.RunId == runId && m.Analyte == "TAT").Select(m => m.Unit).FirstAsync();
        }

        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, $"/runs/{runId}/report");
        await Expect(page.Locator("#report-donors")).ToContainTextAsync(donor);
        await Expect(page.Locator("#report-loops")).ToContainTextAsync("Dose (cells/mL)");
        await Expect(page.Locator("#report-results")).ToContainTextAsync(unit);
        await Expect(page.Locator("#report-telemetry")).ToContainTextAsync("°C");
        await Expect(page.Locator("#report-signatures")).ToContainTextAsync(TestAccounts.Operator.FullName);
        await Expect(page.Locator("#report-simulated")).ToContainTextAsync("SIMULATED");
        await Expect(page.Locator("#report-print")).ToBeVisibleAsync();
        await _host.ScreenshotAsync(page, "report");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Both_exports_return_the_full_run_to_lab_users_and_refuse_anonymous_requests()
    {
        var runId = await ReviewRunArrangement.RunIdAsync(_host);
        string runKey;
        int telemetryPoints;
        await using (var db = _host.Databases.CreateDbContext())
        {
            runKey = await db.Runs.Where(r => r.Id == runId).Select(r => r.RunKey).FirstAsync();
            telemetryPoints = await db.TelemetryPoints.CountAsync(t => t.RunId == runId);
        }

        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        var json = await page.Context.APIRequest.GetAsync(_host.BaseUrl + $"/api/runs/{runId}/export.json");
        Assert.Equal(200, json.Status);
        Assert.Contains(runKey, json.Headers["content-disposition"], StringComparison.Ordinal);
        using (var document = JsonDocument.Parse(await json.BodyAsync()))
        {
            Assert.Equal(runKey, document.RootElement.GetProperty("run_key").GetString());
            // Every raw point (not downsampled); the rig may still add points while the test reads.
            Assert.True(document.RootElement.GetProperty("tables").GetProperty("telemetry").GetArrayLength() >= telemetryPoints);
        }

        var zip = await page.Context.APIRequest.GetAsync(_host.BaseUrl + $"/api/runs/{runId}/export-csv.zip");
        Assert.Equal(200, zip.Status);
        Assert.Contains(runKey, zip.Headers["content-disposition"], StringComparison.Ordinal);
        using (var archive = new ZipArchive(new MemoryStream(await zip.BodyAsync())))
        {
            Assert.Contains(archive.Entries, e => e.Name == "run.csv");
            var telemetry = archive.Entries.Single(e => e.Name == "telemetry.csv");
            using var reader = new StreamReader(telemetry.Open());
            var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length >= telemetryPoints + 1, "telemetry.csv lines: " + lines.Length);
        }

        var missing = await page.Context.APIRequest.GetAsync(_host.BaseUrl + "/api/runs/987654321/export.json");
        Assert.Equal(404, missing.Status);
        await page.Context.CloseAsync();

        var anonymous = await _host.NewPageAsync();
        var refused = await anonymous.Context.APIRequest.GetAsync(_host.BaseUrl + $"/api/runs/{runId}/export.json",
            new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.NotEqual(200, refused.Status);
        Assert.DoesNotContain(runKey, await refused.TextAsync(), StringComparison.Ordinal);
        await anonymous.Context.CloseAsync();
    }
}
