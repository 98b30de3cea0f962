using System.Collections.Concurrent;
using ContactCenter.E2E.Accessibility;
using ContactCenter.E2E.Support;
using ContactCenter.E2E.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Shell;

/// <summary>
/// The agent shell in real headless Chromium against the real host: an agent turns on two-step verification, signs in
/// with a TOTP code, goes Available, takes a web chat a visitor started in the widget, replies, extends the wrap-up
/// (WCAG 2.2.1), wraps up with a disposition; the same customer writes again and the customer panel shows the earlier
/// chat from the kernel's timeline, and, live, a third chat of theirs as it arrives.
/// </summary>
public sealed class AgentShellBrowserTests(ITestOutputHelper log)
{
    private const float Patience = AgentShellPage.Patience;

    [Fact]
    public async Task Agent_InChromium_SignsInWithTotpTakesAChatRepliesAndWrapsUp()
    {
        await using var host = await ShellHost.StartAsync();
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "en-US" });
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        var agent = new AgentShellPage(page, origin);

        var (key, enrolledAt) = await agent.EnrolTotpAsync("agent1", ShellHost.Password);
        await agent.SignInWithTotpAsync("agent1", ShellHost.Password, key, enrolledAt);
        Assert.EndsWith("/agent", page.Url, StringComparison.Ordinal);
        await agent.SetStatusAsync("available", "Available");
        await Assertions.Expect(page.GetByTestId("substate")).ToContainTextAsync("Waiting for work");

        // Ana is signed in on the insurer's site, so all her chats belong to one contact (an address typed in the form is not trusted).
        var ana = await SignedVisitor.AttributesAsync(host, "cliente-4417", "ana@example.com", "Ana Mora");
        var visitor = await Visitor.OpenAsync(browser, host.BaseAddress, ana);
        await visitor.StartChatAsync("Ana Mora", "ana@example.com", "Choqué el carro esta mañana");
        await agent.Offer.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        Assert.Equal("alert", await page.GetByTestId("offer-announcement").GetAttributeAsync("role"));
        // The countdown appears once the offer's deadline has reached the shell (a moment after the card itself).
        await Assertions.Expect(page.GetByTestId("offer-announcement")).ToContainTextAsync("seconds to answer", new() { Timeout = Patience });
        await Screenshot(page, "agent-shell-offer.png");
        await page.GetByTestId("offer-accept").ClickAsync();

        await agent.Transcript.GetByText("Choqué el carro esta mañana").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await Assertions.Expect(page.GetByTestId("substate")).ToContainTextAsync("On contact", new() { Timeout = Patience });
        await Assertions.Expect(page.GetByTestId("customer-name")).ToContainTextAsync("Ana Mora");
        await agent.SendReplyAsync("Hola Ana, ¿alguien resultó herido?");
        await visitor.Conversation.GetByText("Hola Ana, ¿alguien resultó herido?").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        // A new visitor message appears in the transcript without a reload.
        await visitor.SendAsync("No, todos bien");
        await agent.Transcript.GetByText("No, todos bien").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await Screenshot(page, "agent-shell-chat.png");

        // The demo queue's wrap-up is timed (5 minutes, ten extensions of one minute): extend it once.
        await agent.EndContactAsync();
        await Assertions.Expect(page.GetByTestId("wrapup-extensions-left")).ToHaveTextAsync("10 extensions left", new() { Timeout = Patience });
        await page.GetByTestId("wrapup-extend").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wrapup-extensions-left")).ToHaveTextAsync("9 extensions left", new() { Timeout = Patience });
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("Wrap-up extended", new() { Timeout = Patience });
        // Five minutes plus the one-minute extension, less the seconds spent since wrap-up began.
        Assert.Matches("Wrap-up time left: (5:[0-5][0-9]|6:00)", await page.GetByTestId("wrapup-timer").InnerTextAsync());
        await Screenshot(page, "agent-shell-wrapup.png");
        await agent.WrapUpAsync("siniestro/parte-nuevo/autos");
        await Assertions.Expect(page.GetByTestId("substate")).ToContainTextAsync("Waiting for work", new() { Timeout = Patience });
        await Assertions.Expect(page.GetByTestId("status-current")).ToHaveTextAsync("Available");

        // The same customer writes again: the panel shows the first chat, closed with its disposition, from the timeline.
        var again = await Visitor.OpenAsync(browser, host.BaseAddress, ana);
        await again.StartChatAsync("Ana Mora", "ana@example.com", "Ya tengo el número del parte");
        await page.GetByTestId("offer-accept").ClickAsync(new LocatorClickOptions { Timeout = Patience });
        await agent.Transcript.GetByText("Ya tengo el número del parte").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        var history = page.Locator("[role=tabpanel]:not([hidden])").GetByTestId("history-entry");
        await Assertions.Expect(history).ToHaveCountAsync(1, new() { Timeout = Patience });
        await Assertions.Expect(history.First).ToContainTextAsync("Chat · Closed · siniestro/parte-nuevo/autos");

        // A third chat of hers arrives while the tab is open (from her phone: another visitor id, the same verified
        // address, so another conversation of the same contact): the panel shows it without a reload.
        var third = await Visitor.OpenAsync(browser, host.BaseAddress, await SignedVisitor.AttributesAsync(host, "cliente-4417-movil", "ana@example.com", "Ana Mora"));
        await third.StartChatAsync("Ana Mora", "ana@example.com", "Otra pregunta sobre la grúa");
        await Assertions.Expect(history).ToHaveCountAsync(2, new() { Timeout = Patience });
        await Screenshot(page, "agent-shell-history.png");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "agent shell with the customer's history", log);
        Assert.Empty(problems);
    }

    internal static ConcurrentQueue<string> Watch(IPage page, ITestOutputHelper? output = null) =>
        // The drop test takes the browser offline on purpose: its failed requests are expected.
        PageProblems.Watch(page, output, logResponses: false, "net::ERR_INTERNET_DISCONNECTED");

    internal static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name), FullPage = true });

    private ConcurrentQueue<string> Watch(IPage page) => Watch(page, log);
}
