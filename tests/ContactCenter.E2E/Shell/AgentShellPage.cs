using ContactCenter.E2E.Support;
using Microsoft.Playwright;
using OtpNet;

namespace ContactCenter.E2E.Shell;

/// <summary>Drives the agent shell in Chromium: sign-in, waiting for the circuit, status, offers, replies, wrap-up.</summary>
internal sealed class AgentShellPage(IPage page, string origin)
{
    public const float Patience = 60_000;

    public IPage Page => page;

    public ILocator Ready => page.GetByTestId("shell-ready");

    /// <summary>Opens /agent without a session: the shell sends the browser to sign-in, which brings it back.</summary>
    public async Task SignInAsync(string userName, string password)
    {
        await page.GotoAsync($"{origin}/agent", new PageGotoOptions { Timeout = Patience });
        await TestAccounts.SignInAsync(page, userName, password);
        await WaitInteractiveAsync();
    }

    /// <summary>
    /// Turns on two-step verification for the account through the identity pages, as the agent would from the account
    /// page: reads the key shown for manual entry and answers with a code computed by Otp.NET. Ends signed out.
    /// </summary>
    /// <returns>The TOTP key and when its first code was used.</returns>
    public async Task<(byte[] Key, DateTimeOffset EnrolledAt)> EnrolTotpAsync(string userName, string password)
    {
        await page.GotoAsync($"{origin}/identity/sign-in", new PageGotoOptions { Timeout = Patience });
        await TestAccounts.SignInAsync(page, userName, password);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your account" }).WaitForAsync(new() { Timeout = Patience });
        await page.GotoAsync($"{origin}/identity/mfa/enrol", new PageGotoOptions { Timeout = Patience });
        var key = Base32Encoding.ToBytes((await page.GetByTestId("manual-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal));
        var enrolledAt = TimeProvider.System.GetUtcNow();
        await page.GetByLabel("Verification code").FillAsync(new Totp(key).ComputeTotp(enrolledAt.UtcDateTime));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step verification" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved them: continue" }).ClickAsync(new() { Timeout = Patience });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(new() { Timeout = Patience });
        await page.GetByText("You have signed out.").WaitForAsync(new() { Timeout = Patience });
        return (key, enrolledAt);
    }

    /// <summary>Opens /agent, signs in with the password and then a TOTP code, and waits for the shell.</summary>
    public async Task SignInWithTotpAsync(string userName, string password, byte[] key, DateTimeOffset enrolledAt)
    {
        await page.GotoAsync($"{origin}/agent", new PageGotoOptions { Timeout = Patience });
        await TestAccounts.SignInAsync(page, userName, password);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Two-step verification" }).WaitForAsync(new() { Timeout = Patience });

        // A code's 30-second step is accepted once: while the enrolment's step (or the next) is current, use the next one,
        // which the server accepts as one step of drift.
        var now = TimeProvider.System.GetUtcNow();
        var at = now - enrolledAt < TimeSpan.FromSeconds(30) ? enrolledAt.AddSeconds(30) : now;
        await page.GetByLabel("Verification code").FillAsync(new Totp(key).ComputeTotp(at.UtcDateTime));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await WaitInteractiveAsync();
    }

    /// <summary>The page is interactive once the circuit rendered the shell (it is not prerendered).</summary>
    public Task WaitInteractiveAsync() => Ready.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

    public async Task SetStatusAsync(string statusId, string expectedName)
    {
        await page.GetByTestId("status-select").SelectOptionAsync(statusId);
        await page.GetByTestId("status-set").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-current")).ToHaveTextAsync(expectedName, new() { Timeout = Patience });
    }

    public ILocator Offer => page.GetByTestId("offer");

    public ILocator Transcript => page.Locator("[role=tabpanel]:not([hidden])").GetByTestId("transcript");

    public ILocator Reply => page.Locator("[role=tabpanel]:not([hidden])").GetByTestId("reply");

    public async Task SendReplyAsync(string text)
    {
        await Reply.FillAsync(text);
        await page.Locator("[role=tabpanel]:not([hidden])").GetByTestId("reply-send").ClickAsync();
        await Transcript.GetByText(text).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
    }

    public async Task EndContactAsync()
    {
        await page.GetByTestId("end-contact").ClickAsync();
        await page.GetByTestId("wrapup-disposition").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
    }

    public async Task WrapUpAsync(string dispositionCode)
    {
        if (await page.GetByTestId("end-contact").CountAsync() > 0)
        {
            await EndContactAsync();
        }

        await page.GetByTestId("wrapup-finish").ClickAsync();
        await page.GetByTestId("wrapup-disposition-error").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await page.GetByTestId("wrapup-disposition").SelectOptionAsync(dispositionCode);
        await page.GetByTestId("wrapup-finish").ClickAsync();
        await page.GetByTestId("no-work").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
    }
}
