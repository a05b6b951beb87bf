using ChandlerLoop.Data;
using ChandlerLoop.Host.Web;
using ChandlerLoop.Host.Web.Hosting;
using ChandlerLoop.Host.Web.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChandlerLoop.Web.Tests.Infrastructure;

/// <summary>
/// The real web host (SQLite in a temporary folder, two simulated rigs at <see cref="Speed"/>× on
/// the in-process broker) on a free loopback port, the accounts of <see cref="TestAccounts"/>, and
/// one headless Debian chromium driven by Playwright. Everything is stopped and deleted at the end.
/// </summary>
public sealed class WebHostFixture : IAsyncLifetime
{
    /// <summary>Time acceleration of the simulated rigs.</summary>
    public const double Speed = 60;

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "chandler-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The site's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The database the host uses (for arranging and asserting).</summary>
    public ChandlerDbContextFactory Databases { get; private set; } = null!;

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>The rig side of the host (orchestrator, simulated fleet).</summary>
    internal RigRuntime Runtime => Services.GetRequiredService<RigRuntime>();

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        Databases = new ChandlerDbContextFactory(DatabaseOptions.ForDataFolder(_dataFolder));
        await new DatabaseMigrator(Databases).MigrateAsync();
        var accounts = new AccountService(Databases, TimeProvider.System);
        foreach (var account in TestAccounts.All)
        {
            await accounts.CreateAsync(account.UserName, account.FullName, account.Role, account.Password, account.Password, "test-setup");
        }

        _app = WebApp.Build(new WebServeOptions { Urls = "http://127.0.0.1:0", SimulatedRigs = 2, Speed = Speed, DataFolder = _dataFolder, Quiet = true }, Databases);
        await _app.StartAsync();
        _app.Services.GetRequiredService<FirstRunGate>().Close();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHANDLER_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A new browser context (own cookies) with a page signed in as <paramref name="account"/>.</summary>
    public async Task<IPage> SignedInPageAsync(TestAccount account)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "/signin");
        await page.FillAsync("#username", account.UserName);
        await page.FillAsync("#password", account.Password);
        await page.ClickAsync("#signin-submit");
        await page.WaitForURLAsync(BaseUrl + "/");
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>A new browser context (own cookies) with a blank page.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Waits until the interactive (SignalR) circuit of the page is up (the layout marks the body).</summary>
    public static async Task WaitForInteractiveAsync(IPage page) =>
        await page.WaitForSelectorAsync("body[data-interactive='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    /// <summary>Opens <paramref name="path"/> (e.g. "/runs/new") and waits for the interactive circuit.</summary>
    public async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(BaseUrl + path);
        await WaitForInteractiveAsync(page);
    }

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/<paramref name="name"/>.png.</summary>
    public async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by the runtime; the temp folder is cleaned by the system.
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChandlerLoop.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
