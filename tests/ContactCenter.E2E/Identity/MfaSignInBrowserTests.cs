using System.Security.Cryptography;
using ContactCenter.E2E.Support;
using ContactCenter.Kernel.Identity.Mfa;
using ContactCenter.Testing.Hosting;
using Microsoft.Playwright;
using OtpNet;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Identity;

/// <summary>A supervisor enrols MFA and signs in with TOTP codes in the real Chromium, on the real host over HTTPS.</summary>
public sealed class MfaSignInBrowserTests(ITestOutputHelper log)
{
    private const float Patience = 60_000;
    private static readonly TotpAuthenticator Totp = new(HashAlgorithmName.SHA1);

    [Fact]
    public async Task Supervisor_InChromium_EnrolsMfaThenSignsInWithAFreshCode()
    {
        await using var host = await RunningHost.StartAsync();
        await TestAccounts.CreateSupervisorAsync(host, "e2e.supervisor");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "en-US" });
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, log, logResponses: true);
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);

        await page.GotoAsync($"{origin}/identity/sign-in", new PageGotoOptions { Timeout = Patience });
        await TestAccounts.SignInAsync(page, "e2e.supervisor");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-step verification" }).WaitForAsync(new() { Timeout = Patience });
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "QR code to add ContactCenter to an authenticator app" }).IsVisibleAsync());
        var key = (await page.GetByTestId("manual-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        var enrolledAt = DateTimeOffset.UtcNow;
        await page.GetByLabel("Verification code").FillAsync(Totp.Compute(Base32Encoding.ToBytes(key), enrolledAt));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step verification" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" }).WaitForAsync(new() { Timeout = Patience });
        Assert.Equal(10, await page.GetByTestId("recovery-codes").Locator("li").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved them: continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.GetByText("You have signed out.").WaitForAsync(new() { Timeout = Patience });
        await TestAccounts.SignInAsync(page, "e2e.supervisor");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Two-step verification" }).WaitForAsync(new() { Timeout = Patience });
        await page.GetByLabel("Verification code").FillAsync(Totp.Compute(Base32Encoding.ToBytes(key), enrolledAt.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Your account" }).WaitForAsync(new() { Timeout = Patience });
        Assert.Equal("e2e.supervisor", await page.GetByTestId("user-name").InnerTextAsync());
        Assert.Contains("Two-step verification is on.", await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "identity-account.png") });
        Assert.Empty(problems);
    }
}
