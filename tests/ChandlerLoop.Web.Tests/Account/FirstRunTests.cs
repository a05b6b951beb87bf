using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web;
using ChandlerLoop.Host.Web.Hosting;
using ChandlerLoop.Host.Web.Identity;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Account;

/// <summary>First run on an empty database: the admin is created only with the one-time token the host printed.</summary>
[Collection(WebCollection.Name)]
public sealed class FirstRunTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public FirstRunTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task The_first_admin_needs_the_printed_token_and_the_token_works_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chandler-first-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var databases = new ChandlerDbContextFactory(DatabaseOptions.ForDataFolder(folder));
        await new DatabaseMigrator(databases).MigrateAsync();
        var options = new WebServeOptions { Urls = "http://127.0.0.1:0", SimulatedRigs = 0, DataFolder = folder, Quiet = true };
        await using var app = WebApp.Build(options, databases);
        await app.StartAsync();
        try
        {
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            var banner = await WebBanner.WriteAsync(app.Services, options, databases, 0, [baseUrl], CancellationToken.None);
            var token = app.Services.GetRequiredService<FirstRunGate>().Token;
            Assert.NotNull(token);
            Assert.Contains(baseUrl + "/first-run?token=" + token, banner, StringComparison.Ordinal);

            var page = await _host.NewPageAsync();
            await page.GotoAsync(baseUrl + "/first-run?token=wrong");
            await Expect(page.Locator("main")).ToContainTextAsync("token is wrong");
            Assert.Equal(0, await page.Locator("#first-run-submit").CountAsync());

            await page.GotoAsync(baseUrl + "/first-run?token=" + token);
            await page.FillAsync("#username", "first.admin");
            await page.FillAsync("#fullname", "First Admin");
            await page.FillAsync("#password", "first-admin-password");
            await page.FillAsync("#password2", "first-admin-password");
            await _host.ScreenshotAsync(page, "first-run");
            await page.ClickAsync("#first-run-submit");
            await page.WaitForURLAsync(baseUrl + "/users");
            await Expect(page.Locator("#users-table")).ToContainTextAsync("first.admin");
            await using (var db = databases.CreateDbContext())
            {
                Assert.Equal(UserRole.Admin, (await db.Users.SingleAsync(u => u.UserName == "first.admin")).Role);
            }

            Assert.Null(app.Services.GetRequiredService<FirstRunGate>().Token);
            var again = await _host.NewPageAsync();
            await again.GotoAsync(baseUrl + "/first-run?token=" + token);
            await Expect(again.Locator("main")).ToContainTextAsync("already has an admin");
            await again.Context.CloseAsync();
            await page.Context.CloseAsync();
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
