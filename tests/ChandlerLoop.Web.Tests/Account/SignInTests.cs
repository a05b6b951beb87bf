using ChandlerLoop.Web.Tests.Infrastructure;

namespace ChandlerLoop.Web.Tests.Account;

/// <summary>Sign-in, sign-out and role checks on the server.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInTests
{
    private readonly WebHostFixture _host;

    /// <summary>Creates the tests.</summary>
    public SignInTests(WebHostFixture host) => _host = host;

    [Fact]
    public async Task Operator_signs_in_and_the_interactive_page_shows_their_name_and_role()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("main")).ToContainTextAsync("Olga Operator");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("main")).ToContainTextAsync("(operator)");
        await _host.ScreenshotAsync(page, "overview-operator");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_and_no_session()
    {
        var page = await _host.NewPageAsync();
        await page.GotoAsync(_host.BaseUrl + "/signin");
        await page.FillAsync("#username", TestAccounts.Operator.UserName);
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("#signin-submit");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#signin-error")).ToContainTextAsync("Login name or password is wrong");
        await page.GotoAsync(_host.BaseUrl + "/");
        Assert.StartsWith(_host.BaseUrl + "/signin", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Operator_is_refused_the_users_page_by_the_server()
    {
        var page = await _host.SignedInPageAsync(TestAccounts.Operator);
        var response = await page.GotoAsync(_host.BaseUrl + "/users");
        Assert.StartsWith(_host.BaseUrl + "/access-denied", page.Url, StringComparison.Ordinal);
        Assert.NotNull(response);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("main")).ToContainTextAsync("Not allowed");
        await page.Context.CloseAsync();
    }
}
