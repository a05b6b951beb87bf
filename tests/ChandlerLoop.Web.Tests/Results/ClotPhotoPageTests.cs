using System.Security.Cryptography;
using ChandlerLoop.Host.Web.Hosting;
using ChandlerLoop.Host.Web.Pages.Runs.Results;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Results;

/// <summary>
/// A clot photo uploaded with a score can be seen: a thumbnail and link on the results, review and report
/// pages, served by /api/runs/{id}/clot-photos/{clotId} to signed-in users only (404 for unknown ones);
/// a photo file changed after it was recorded is reported loudly and no longer served. Uses loop 1.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ClotPhotoPageTests
{
    // A 2×1 PNG (differs from the 1×1 PNG of the other clot test, so the stored file is this test's own).
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==");

    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public ClotPhotoPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task An_uploaded_photo_is_shown_served_to_signed_in_users_only_and_a_changed_file_is_reported()
    {
        var runId = await CompletedRunForResults.RunIdAsync(_host);
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await _host.GoToAsync(page, "/runs/" + runId + "/results");
        await page.SelectOptionAsync("#clot-input-L1", "1");
        await page.SetInputFilesAsync("#clot-photo-L1", new FilePayload { Name = "loop1.png", MimeType = "image/png", Buffer = Png });
        await Expect(page.Locator("#cl-results-clot")).ToContainTextAsync("loop1.png");
        await page.ClickAsync("#clot-save-L1");
        await Expect(page.Locator("#clot-sha-L1")).ToHaveTextAsync(Convert.ToHexStringLower(SHA256.HashData(Png)));
        await Expect(page.Locator("#clot-photo-L1")).ToHaveValueAsync("");

        // The thumbnail is loaded by the browser (a decoded image 2 px wide) and links to the photo.
        var thumb = page.Locator("#clot-photo-thumb-L1");
        await Expect(thumb).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const i = document.getElementById('clot-photo-thumb-L1'); return i && i.complete && i.naturalWidth === 2; }");
        var href = await page.Locator("#clot-photo-link-L1").GetAttributeAsync("href");
        var url = _host.BaseUrl + "/" + href;
        var served = await page.Context.APIRequest.GetAsync(url);
        Assert.Equal(200, served.Status);
        Assert.Equal("image/png", served.Headers["content-type"]);
        Assert.Equal(Png, await served.BodyAsync());
        await _host.ScreenshotAsync(page, "results-clot-photo");

        var clotId = long.Parse(href!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync(_host.BaseUrl + $"/api/runs/{runId}/clot-photos/987654321")).Status);
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync(_host.BaseUrl + $"/api/runs/987654321/clot-photos/{clotId}")).Status);

        // Review and report pages show the same thumbnail.
        foreach (var path in new[] { "review", "report" })
        {
            await _host.GoToAsync(page, $"/runs/{runId}/{path}");
            await Expect(page.Locator("#clot-photos")).ToContainTextAsync("Loop 1");
            await page.WaitForFunctionAsync("() => { const i = document.getElementById('clot-photo-thumb-L1'); return i && i.complete && i.naturalWidth === 2; }");
        }

        await _host.ScreenshotAsync(page, "review-clot-photos");

        // Not signed in: refused, and no image comes back.
        var anonymous = await _host.NewPageAsync();
        var refused = await anonymous.Context.APIRequest.GetAsync(url, new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.NotEqual(200, refused.Status);
        Assert.False(refused.Headers.TryGetValue("content-type", out var type) && type.StartsWith("image/", StringComparison.Ordinal));
        await anonymous.Context.CloseAsync();

        // Oversight (admin) may view it too.
        var admin = await _host.SignedInPageAsync(TestAccounts.Admin);
        Assert.Equal(200, (await admin.Context.APIRequest.GetAsync(url)).Status);
        await admin.Context.CloseAsync();

        // The file is changed behind the record's back: the page says so loudly, the endpoint no longer serves it.
        string file;
        await using (var db = _host.Databases.CreateDbContext())
        {
            var clot = await db.ClotScores.SingleAsync(c => c.Id == clotId);
            file = ClotPhotoFiles.FullPath(_host.Services.GetRequiredService<PhotoFolder>(), clot.PhotoPath!)!;
        }

        var original = await File.ReadAllBytesAsync(file);
        try
        {
            var tampered = (byte[])original.Clone();
            tampered[^5] ^= 0xFF;
            await File.WriteAllBytesAsync(file, tampered);
            await _host.GoToAsync(page, "/runs/" + runId + "/results");
            await Expect(page.Locator("#clot-photo-problem-L1")).ToContainTextAsync("DATA INTEGRITY: the photo of loop 1 has changed since it was recorded");
            await Expect(page.Locator("#clot-photo-problem-L1")).ToHaveAttributeAsync("role", "alert");
            await Expect(page.Locator("#clot-photo-thumb-L1")).ToHaveCountAsync(0);
            await _host.ScreenshotAsync(page, "results-clot-photo-changed");
            var conflict = await page.Context.APIRequest.GetAsync(url);
            Assert.Equal(409, conflict.Status);
            Assert.Contains("has changed since it was recorded", await conflict.TextAsync(), StringComparison.Ordinal);

            await _host.GoToAsync(page, $"/runs/{runId}/review");
            await Expect(page.Locator("#clot-photo-problem-L1")).ToContainTextAsync("DATA INTEGRITY");
        }
        finally
        {
            await File.WriteAllBytesAsync(file, original);
        }

        await page.Context.CloseAsync();
    }
}
