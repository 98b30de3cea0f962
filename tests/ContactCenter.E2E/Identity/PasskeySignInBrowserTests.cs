using System.Text.Json;
using ContactCenter.E2E.Support;
using ContactCenter.Testing.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Identity;

/// <summary>
/// A supervisor enrols a passkey and signs in with password and passkey in the real Chromium, on the real host over
/// HTTPS, with Chromium's virtual authenticator (CTAP2, internal transport, resident keys, user verification) standing in
/// for the device's screen lock.
/// </summary>
public sealed class PasskeySignInBrowserTests(ITestOutputHelper log)
{
    private const float Patience = 60_000;

    [Fact]
    public async Task Supervisor_InChromium_EnrolsAPasskeyThenSignsInWithPasswordAndPasskey()
    {
        await using var host = await RunningHost.StartAsync();
        await TestAccounts.CreateSupervisorAsync(host, "e2e.passkey");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "en-US" });
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, log, logResponses: true);
        var authenticator = await VirtualAuthenticatorAsync(context, page);
        // WebAuthn needs a domain as relying party id, never an IP address: the host's certificate names localhost.
        var origin = $"https://localhost:{host.BaseAddress.Port}";

        await page.GotoAsync($"{origin}/identity/sign-in", new PageGotoOptions { Timeout = Patience });
        await TestAccounts.SignInAsync(page, "e2e.passkey");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-step verification" }).WaitForAsync(new() { Timeout = Patience });
        await page.GetByLabel("Passkey name").FillAsync("E2E device");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register a passkey" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" }).WaitForAsync(new() { Timeout = Patience });
        Assert.Single(await CredentialsAsync(authenticator.Session, authenticator.Id));
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved them: continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage passkeys" }).ClickAsync();
        Assert.Contains("E2E device", await page.GetByTestId("passkeys").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your account" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.GetByText("You have signed out.").WaitForAsync(new() { Timeout = Patience });
        await TestAccounts.SignInAsync(page, "e2e.passkey");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Two-step verification" }).WaitForAsync(new() { Timeout = Patience });
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Your account" }).WaitForAsync(new() { Timeout = Patience });
        Assert.Equal("e2e.passkey", await page.GetByTestId("user-name").InnerTextAsync());
        Assert.Contains("Two-step verification is on.", await page.ContentAsync(), StringComparison.Ordinal);
        var credential = Assert.Single(await CredentialsAsync(authenticator.Session, authenticator.Id));
        Assert.True(credential.GetProperty("signCount").GetInt32() >= 2, "The authenticator signed the registration and the sign-in.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "identity-passkey-account.png") });
        Assert.Empty(problems);
    }

    /// <summary>Chromium's virtual authenticator through the DevTools protocol, as a platform authenticator that verifies its user.</summary>
    private static async Task<(ICDPSession Session, string Id)> VirtualAuthenticatorAsync(IBrowserContext context, IPage page)
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("WebAuthn.enable");
        var added = await session.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        return (session, added!.Value.GetProperty("authenticatorId").GetString()!);
    }

    private static async Task<IReadOnlyList<JsonElement>> CredentialsAsync(ICDPSession session, string authenticatorId)
    {
        var result = await session.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
        return [.. result!.Value.GetProperty("credentials").EnumerateArray()];
    }
}
