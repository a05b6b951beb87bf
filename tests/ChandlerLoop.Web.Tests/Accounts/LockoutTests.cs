using System.Globalization;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using ChandlerLoop.Host.Web.Identity;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Accounts;

/// <summary>
/// Sign-in lock-out in the browser, on an account of its own (the shared test accounts stay usable):
/// five wrong passwords lock it and the sign-in page says until when; the right password is refused
/// while locked; an admin unlocks it on the users page with a reason; the audit trail shows the lock
/// (by the system) and the unlock (by the admin); then the right password signs in.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LockoutTests
{
    private static readonly TestAccount Lara = new("lara.lockout", "Lara Lockout", UserRole.Operator, "lara-password-12");

    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public LockoutTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_an_admin_unlocks_it_and_both_are_in_the_audit_trail()
    {
        var user = await new AccountService(_host.Databases, TimeProvider.System)
            .CreateAsync(Lara.UserName, Lara.FullName, Lara.Role, Lara.Password, Lara.Password, TestAccounts.Admin.UserName);
        var page = await _host.NewPageAsync();
        for (var i = 1; i < SignInLockout.MaxFailedSignIns; i++)
        {
            await SignInAsync(page, "wrong-password-" + i);
            await Expect(page.Locator("#signin-error")).ToContainTextAsync("Login name or password is wrong");
        }

        await SignInAsync(page, "wrong-password-5");
        var error = page.Locator("#signin-error");
        await Expect(error).ToContainTextAsync("This account is locked until");
        await Expect(error).ToContainTextAsync(" UTC");
        await Expect(error).ToContainTextAsync("ask an admin to unlock it");
        await using (var db = _host.Databases.CreateDbContext())
        {
            var row = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
            Assert.NotNull(row.LockoutEndUtc);
            var until = row.LockoutEndUtc!.Value;
            Assert.InRange(until, DateTime.UtcNow.AddMinutes(SignInLockout.LockoutMinutes - 2), DateTime.UtcNow.AddMinutes(SignInLockout.LockoutMinutes));
            await Expect(error).ToContainTextAsync(until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC");
        }

        await _host.ScreenshotAsync(page, "accounts-signin-locked");

        // The right password during the lock-out: the same answer, no session.
        await SignInAsync(page, Lara.Password);
        await Expect(page.Locator("#signin-error")).ToContainTextAsync("This account is locked until");
        await page.GotoAsync(_host.BaseUrl + "/");
        Assert.StartsWith(_host.BaseUrl + "/signin", page.Url, StringComparison.Ordinal);

        var admin = await _host.SignedInPageAsync(TestAccounts.Admin);
        await _host.GoToAsync(admin, "/users");
        await Expect(admin.Locator("#status-lara\\.lockout")).ToContainTextAsync("locked until");
        await _host.ScreenshotAsync(admin, "accounts-users-locked");
        await admin.FillAsync("#users-reason", "identity confirmed by phone");
        await admin.ClickAsync("#unlock-lara\\.lockout");
        await Expect(admin.Locator("#users-message")).ToContainTextAsync("'lara.lockout' unlocked");
        await Expect(admin.Locator("#status-lara\\.lockout")).ToHaveTextAsync("active");
        await Expect(admin.Locator("#unlock-lara\\.lockout")).ToHaveCountAsync(0);
        await Expect(admin.Locator("#users-reason")).ToHaveValueAsync("");

        await _host.GoToAsync(admin, "/audit");
        await admin.SelectOptionAsync("#audit-type", "User");
        await admin.FillAsync("#audit-id", user.Id.ToString(CultureInfo.InvariantCulture));
        await admin.ClickAsync("#audit-search");
        var rows = admin.Locator("#audit-table tbody tr");
        var unlock = rows.Filter(new LocatorFilterOptions { HasText = "identity confirmed by phone" });
        await Expect(unlock).ToHaveCountAsync(1);
        await Expect(unlock).ToContainTextAsync(TestAccounts.Admin.UserName);
        await Expect(unlock).ToContainTextAsync("LockoutEndUtc");
        var locked = rows.Filter(new LocatorFilterOptions { HasText = SignInLockout.ActingUserName });
        await Expect(locked).ToHaveCountAsync(1);
        await Expect(locked).ToContainTextAsync(SignInLockout.LockReason);
        await Expect(rows.Filter(new LocatorFilterOptions { HasText = "PasswordHash" })).ToContainTextAsync("(set)");
        await Expect(admin.Locator("#audit-table")).Not.ToContainTextAsync("pbkdf2");
        await _host.ScreenshotAsync(admin, "accounts-audit-unlock");
        await admin.Context.CloseAsync();

        await SignInAsync(page, Lara.Password);
        await page.WaitForURLAsync(_host.BaseUrl + "/");
        await WebHostFixture.WaitForInteractiveAsync(page);
        await Expect(page.Locator("main")).ToContainTextAsync(Lara.FullName);
        await page.Context.CloseAsync();
    }

    private async Task SignInAsync(IPage page, string password)
    {
        await page.GotoAsync(_host.BaseUrl + "/signin");
        await page.FillAsync("#username", Lara.UserName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin-submit");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
