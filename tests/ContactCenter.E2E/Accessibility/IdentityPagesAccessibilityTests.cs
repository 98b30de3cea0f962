using System.Security.Cryptography;
using ContactCenter.E2E.Support;
using ContactCenter.Kernel.Identity.Mfa;
using ContactCenter.Testing.Hosting;
using Microsoft.Playwright;
using OtpNet;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Accessibility;

/// <summary>
/// axe-core over every identity page a person meets, in Spanish and English, in real Chromium on the real host: sign-in
/// (also with its error summary), MFA enrolment, recovery codes, account, passkeys and the MFA challenge.
/// </summary>
public sealed class IdentityPagesAccessibilityTests(ITestOutputHelper log)
{
    private const float Patience = 60_000;
    private static readonly TotpAuthenticator Totp = new(HashAlgorithmName.SHA1);

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task IdentityPages_InEachLanguage_HaveNoSeriousOrCriticalViolations(string language)
    {
        await using var host = await RunningHost.StartAsync();
        var userName = $"a11y.{language}";
        await TestAccounts.CreateSupervisorAsync(host, userName);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = language });
        var page = await context.NewPageAsync();
        var origin = $"https://localhost:{host.BaseAddress.Port}";

        await page.GotoAsync($"{origin}/identity/sign-in?lang={language}", new PageGotoOptions { Timeout = Patience });
        await Expect(page, "html[lang]");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"sign-in ({language})", log);
        await SignInAsync(page, userName, "not-the-password");
        await Expect(page, ".errors");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"sign-in with errors ({language})", log);

        await SignInAsync(page, userName, TestAccounts.Password);
        await Expect(page, "[data-testid=manual-key]");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"MFA enrolment ({language})", log);
        var key = (await page.GetByTestId("manual-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        var enrolledAt = DateTimeOffset.UtcNow;
        await page.Locator("#code").FillAsync(Totp.Compute(Base32Encoding.ToBytes(key), enrolledAt));
        await page.Locator("form[action='/identity/mfa/enrol'] button[type=submit]").ClickAsync();
        await Expect(page, "[data-testid=recovery-codes]");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"recovery codes ({language})", log);

        await page.GotoAsync($"{origin}/identity/account", new PageGotoOptions { Timeout = Patience });
        await Expect(page, "[data-testid=user-name]");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"account ({language})", log);
        await page.GotoAsync($"{origin}/identity/passkeys", new PageGotoOptions { Timeout = Patience });
        await Expect(page, "form[data-passkey]");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"passkeys ({language})", log);

        await page.GotoAsync($"{origin}/identity/account", new PageGotoOptions { Timeout = Patience });
        await page.Locator("form[action='/identity/sign-out'] button").ClickAsync();
        await Expect(page, "#userName");
        await SignInAsync(page, userName, TestAccounts.Password);
        await Expect(page, "#recoveryCode");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"MFA challenge ({language})", log);
        await page.Locator("#code").FillAsync("000000");
        await page.Locator("form[action='/identity/mfa'] button[type=submit]").ClickAsync();
        await Expect(page, ".errors");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"MFA challenge with errors ({language})", log);
    }

    private static Task Expect(IPage page, string selector) =>
        page.Locator(selector).First.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

    // By field ids, not labels: these pages are checked in Spanish as well as English.
    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form[action='/identity/sign-in'] button[type=submit]").ClickAsync();
    }
}
