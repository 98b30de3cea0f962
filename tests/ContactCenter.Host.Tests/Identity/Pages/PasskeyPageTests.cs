using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using ContactCenter.Kernel.Identity;

namespace ContactCenter.Host.Tests.Identity.Pages;

/// <summary>
/// Passkeys through the pages over real HTTPS, answered by a software authenticator: enrolment, sign-in with password
/// and passkey, and the refusals (replayed answer, wrong origin, wrong challenge, unknown and removed credentials).
/// </summary>
public sealed class PasskeyPageTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Password = "Supervisor-Password-7";

    private readonly Dictionary<string, string> _ids = [];

    private string Origin => fixture.Host.BaseAddress.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task Supervisor_EnrolsAPasskey_ThenSignsInWithPasswordAndPasskey()
    {
        var id = await fixture.CreateReadyUserAsync("pk.supervisor", Password, Roles.Supervisor);
        using var authenticator = new SoftwareAuthenticator(Origin);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=en");
        await browser.SignInAsync("pk.supervisor", Password);
        Assert.Equal("/identity/mfa/enrol", browser.Path);

        var status = await browser.PostAsync("/identity/mfa/enrol/passkey", [new("credential", authenticator.Create(browser.PasskeyOptions())), new("name", "Test key")]);

        Assert.True(status == HttpStatusCode.OK, await AuditOfAsync(id));
        Assert.Equal(10, browser.RecoveryCodes().Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
        await SignOutAsync(browser);

        await browser.SignInAsync("pk.supervisor", Password);
        Assert.Equal("/identity/mfa", browser.Path);
        Assert.Contains("Use a passkey", browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"code\"", browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/mfa/passkey", [new("credential", authenticator.Get(browser.PasskeyOptions()))]));
        Assert.Equal("/identity/account", browser.Path);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task Assertion_Replayed_IsRefused()
    {
        using var authenticator = await EnrolledAsync("pk.replay");
        using var browser = await AtMfaAsync("pk.replay");
        var answer = authenticator.Get(browser.PasskeyOptions());
        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/mfa/passkey", [new("credential", answer)]));
        await SignOutAsync(browser);
        await browser.SignInAsync("pk.replay", Password);

        var status = await browser.PostAsync("/identity/mfa/passkey", [new("credential", answer)]);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("That passkey was not accepted", browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task Assertion_FromAnotherOrigin_IsRefused()
    {
        using var authenticator = await EnrolledAsync("pk.origin");
        using var browser = await AtMfaAsync("pk.origin");

        var status = await browser.PostAsync("/identity/mfa/passkey", [new("credential", authenticator.Get(browser.PasskeyOptions(), originOverride: "https://evil.example"))]);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
        Assert.Contains("invalid origin", await AuditOfAsync(_ids["pk.origin"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assertion_ForAnotherChallenge_IsRefused()
    {
        using var authenticator = await EnrolledAsync("pk.challenge");
        using var browser = await AtMfaAsync("pk.challenge");
        var otherChallenge = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

        var status = await browser.PostAsync("/identity/mfa/passkey", [new("credential", authenticator.Get(browser.PasskeyOptions(), challengeOverride: otherChallenge))]);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
        Assert.Contains("challenge", await AuditOfAsync(_ids["pk.challenge"]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Assertion_UnknownCredential_IsRefused()
    {
        using var registered = await EnrolledAsync("pk.unknown");
        using var stranger = new SoftwareAuthenticator(Origin);
        using var browser = await AtMfaAsync("pk.unknown");

        var status = await browser.PostAsync("/identity/mfa/passkey", [new("credential", stranger.Get(browser.PasskeyOptions()))]);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task Assertion_WithoutScript_SaysWhatIsMissing()
    {
        using var authenticator = await EnrolledAsync("pk.noscript");
        using var browser = await AtMfaAsync("pk.noscript");

        var status = await browser.PostAsync("/identity/mfa/passkey", [new("credential", "")]);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("passkeys need JavaScript", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passkey_Removed_IsRefusedAndTheChangesAreAudited()
    {
        using var first = new SoftwareAuthenticator(Origin);
        using var second = new SoftwareAuthenticator(Origin);
        var id = await fixture.CreateReadyUserAsync("pk.remove", Password, Roles.Supervisor);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=en");
        await browser.SignInAsync("pk.remove", Password);
        await browser.PostAsync("/identity/mfa/enrol/passkey", [new("credential", first.Create(browser.PasskeyOptions())), new("name", "First")]);
        await browser.GetAsync("/identity/passkeys");
        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/passkeys", [new("credential", second.Create(browser.PasskeyOptions())), new("name", "Second")]));
        Assert.Contains("The passkey was added.", browser.Html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/passkeys/remove", [new("id", first.CredentialIdText)]));
        Assert.Contains("The passkey was removed.", browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(first.CredentialIdText, browser.Html, StringComparison.Ordinal);
        await SignOutAsync(browser);

        await browser.SignInAsync("pk.remove", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, await browser.PostAsync("/identity/mfa/passkey", [new("credential", first.Get(browser.PasskeyOptions()))]));
        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/mfa/passkey", [new("credential", second.Get(browser.PasskeyOptions()))]));
        Assert.Equal("/identity/account", browser.Path);

        using var admin = fixture.Host.CreateAdminClient();
        var audit = await admin.GetStringAsync($"/api/v1/audit/export?target=user/{id}");
        Assert.Contains("\"user.passkey-removed\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"user.passkey-added\"", audit, StringComparison.Ordinal);
        Assert.Contains("passkey refused", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Second", audit, StringComparison.Ordinal);
    }

    /// <summary>The account's audit entries, to say why a ceremony was refused when a test fails.</summary>
    private async Task<string> AuditOfAsync(string userId)
    {
        using var admin = fixture.Host.CreateAdminClient();
        return await admin.GetStringAsync($"/api/v1/audit/export?target=user/{userId}");
    }

    /// <summary>An account that enrolled a passkey (signed out again), and its authenticator.</summary>
    private async Task<SoftwareAuthenticator> EnrolledAsync(string userName)
    {
        _ids[userName] = await fixture.CreateReadyUserAsync(userName, Password, Roles.Supervisor);
        var authenticator = new SoftwareAuthenticator(Origin);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=en");
        await browser.SignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/mfa/enrol/passkey", [new("credential", authenticator.Create(browser.PasskeyOptions()))]));
        return authenticator;
    }

    /// <summary>A browser past the password, at the MFA page.</summary>
    private async Task<PageBrowser> AtMfaAsync(string userName)
    {
        var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=en");
        await browser.SignInAsync(userName, Password);
        Assert.Equal("/identity/mfa", browser.Path);
        return browser;
    }

    private static async Task SignOutAsync(PageBrowser browser)
    {
        await browser.GetAsync("/identity/account");
        await browser.PostAsync("/identity/sign-out", []);
    }
}
