using ContactCenter.E2E.Support;
using Microsoft.Playwright;

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

    public async Task WrapUpAsync(string dispositionCode)
    {
        await page.GetByTestId("end-contact").ClickAsync();
        await page.GetByTestId("wrapup-disposition").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await page.GetByTestId("wrapup-finish").ClickAsync();
        await page.GetByTestId("wrapup-disposition-error").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await page.GetByTestId("wrapup-disposition").SelectOptionAsync(dispositionCode);
        await page.GetByTestId("wrapup-finish").ClickAsync();
        await page.GetByTestId("no-work").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
    }
}
