using System.Net;
using System.Text.RegularExpressions;
using ContactCenter.Host.Tests.Identity;
using ContactCenter.Kernel.Identity;

namespace ContactCenter.Host.Tests.Identity.Pages;

/// <summary>The sign-in page over real HTTPS: language, headers, antiforgery, lockout, and where a sign-in may go.</summary>
public sealed partial class SignInPageTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Password = "Agent-Password-7";

    [Fact]
    public async Task SignInPage_Get_IsInTheRequestedLanguageWithAStrictPolicyAndAnAntiforgeryField()
    {
        using var browser = new PageBrowser(fixture.Host);
        using var response = await browser.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/identity/sign-in") { Headers = { { "Accept-Language", "es-CR,es;q=0.9,en;q=0.5" } } });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Contraseña</label>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        // The only script is the passkey script from this origin; nothing inline.
        var script = Assert.Single(ScriptTag().Matches(html)).Value;
        Assert.Contains("src=\"/identity/assets/passkeys.js\"", script, StringComparison.Ordinal);
        Assert.EndsWith("></script>", script, StringComparison.Ordinal);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-cc.antiforgery=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignInPage_LanguageSwitch_IsRememberedOverAcceptLanguage()
    {
        using var browser = new PageBrowser(fixture.Host);

        await browser.GetAsync("/identity/sign-in?lang=en", language: "es");
        var english = browser.Html;
        await browser.GetAsync("/identity/sign-in", language: "es");

        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", browser.Html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"es\"", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AgentRightPassword_LandsOnTheAccountPageWithASessionTheApiAccepts()
    {
        await fixture.CreateReadyUserAsync("page.agent", Password, Roles.Agent);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in");

        var status = await browser.SignInAsync("page.agent", Password);

        Assert.Equal((HttpStatusCode.OK, "/identity/account"), (status, browser.Path));
        Assert.Contains("data-testid=\"user-name\">page.agent<", browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/v1/teams")).StatusCode);
        await browser.PostAsync("/identity/sign-out", []);
        Assert.Equal("/identity/sign-in", browser.Path);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/teams")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefusedAndStartsNoSession()
    {
        await fixture.CreateReadyUserAsync("page.noforgery", Password, Roles.Agent);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in");

        var status = await browser.PostAsync("/identity/sign-in", [new("userName", "page.noforgery"), new("password", Password)], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/teams")).StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_KeepsTheSession()
    {
        await fixture.CreateReadyUserAsync("page.signout", Password, Roles.Agent);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in");
        await browser.SignInAsync("page.signout", Password);

        var status = await browser.PostAsync("/identity/sign-out", [], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/v1/teams")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountAndSaysSoEvenForTheRightOne()
    {
        await fixture.CreateReadyUserAsync("page.locked", Password, Roles.Agent);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=en");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await browser.SignInAsync("page.locked", "Wrong-Password-" + i));
        }

        var right = await browser.SignInAsync("page.locked", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right);
        Assert.Contains("role=\"alert\"", browser.Html, StringComparison.Ordinal);
        Assert.Contains("the account is locked", browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/teams")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_AnnouncesTheErrorBesideTheField()
    {
        await fixture.CreateReadyUserAsync("page.wrong", Password, Roles.Agent);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=es");

        var status = await browser.SignInAsync("page.wrong", "Wrong-Password-1");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("<a href=\"#password\">El usuario o la contraseña no son correctos.</a>", browser.Html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"password-error\"", browser.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"page.wrong\"", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_IsIgnored()
    {
        await fixture.CreateReadyUserAsync("page.redirect", Password, Roles.Agent);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in");

        await browser.PostAsync("/identity/sign-in", [new("userName", "page.redirect"), new("password", Password), new("returnUrl", "//evil.example/x")]);

        Assert.Equal("/identity/account", browser.Path);
    }

    [Fact]
    public async Task MfaPage_WithoutAPendingSignIn_SendsBackToSignIn()
    {
        using var browser = new PageBrowser(fixture.Host);

        await browser.GetAsync("/identity/mfa?lang=en");

        Assert.Equal("/identity/sign-in", browser.Path);
        Assert.Contains("expired or was not started", browser.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script[^>]*>[^<]*</script>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
