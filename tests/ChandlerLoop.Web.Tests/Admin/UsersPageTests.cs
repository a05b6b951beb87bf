using ChandlerLoop.Data.Entities;
using ChandlerLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChandlerLoop.Web.Tests.Admin;

/// <summary>The users page: an admin creates, disables and re-enables accounts; the rules hold.</summary>
[Collection(WebCollection.Name)]
public sealed class UsersPageTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public UsersPageTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Admin_creates_an_operator_who_can_then_sign_in_until_disabled()
    {
        var account = new TestAccount("nina.new", "Nina New", UserRole.Operator, "nina-password-12");
        var page = await _host.SignedInPageAsync(TestAccounts.Admin);
        await _host.GoToAsync(page, "/users");
        await page.FillAsync("#new-username", account.UserName);
        await page.FillAsync("#new-fullname", account.FullName);
        await page.SelectOptionAsync("#new-role", nameof(UserRole.Operator));
        await page.FillAsync("#new-password", account.Password);
        await page.FillAsync("#new-password2", account.Password);
        await page.ClickAsync("#new-user-submit");
        await Expect(page.Locator("#users-message")).ToContainTextAsync("Account 'nina.new' created");
        await Expect(page.Locator("#user-nina\\.new")).ToContainTextAsync("Nina New");
        await _host.ScreenshotAsync(page, "users");

        await using (var db = _host.Databases.CreateDbContext())
        {
            var row = await db.Users.SingleAsync(u => u.UserName == account.UserName);
            Assert.Equal(UserRole.Operator, row.Role);
            Assert.True(row.IsActive);
            Assert.DoesNotContain(account.Password, row.PasswordHash, StringComparison.Ordinal);
        }

        var nina = await _host.SignedInPageAsync(account);
        await Expect(nina.Locator("main")).ToContainTextAsync("Nina New");
        await nina.Context.CloseAsync();

        await page.ClickAsync("#toggle-nina\\.new");
        await Expect(page.Locator("#users-message")).ToContainTextAsync("disabled");
        var refused = await _host.NewPageAsync();
        await refused.GotoAsync(_host.BaseUrl + "/signin");
        await refused.FillAsync("#username", account.UserName);
        await refused.FillAsync("#password", account.Password);
        await refused.ClickAsync("#signin-submit");
        await Expect(refused.Locator("#signin-error")).ToBeVisibleAsync();
        await refused.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_short_password_is_refused_with_the_rule_and_nothing_is_created()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Admin);
        await _host.GoToAsync(page, "/users");
        await page.FillAsync("#new-username", "short.pw");
        await page.FillAsync("#new-fullname", "Short Password");
        await page.FillAsync("#new-password", "abc");
        await page.FillAsync("#new-password2", "abc");
        await page.ClickAsync("#new-user-submit");
        await Expect(page.Locator("#users-message")).ToContainTextAsync("at least 12 characters");
        await using var db = _host.Databases.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "short.pw"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_last_admin_cannot_be_disabled()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Admin);
        await _host.GoToAsync(page, "/users");
        await page.ClickAsync("#toggle-ada\\.admin");
        await Expect(page.Locator("#users-message")).ToContainTextAsync("last active admin");
        await using var db = _host.Databases.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.UserName == TestAccounts.Admin.UserName)).IsActive);
        await page.Context.CloseAsync();
    }
}
