using System.Collections.Concurrent;
using ContactCenter.E2E.Support;
using ContactCenter.E2E.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Shell;

/// <summary>
/// The agent shell in real headless Chromium against the real host: an agent signs in, goes Available, takes a web chat
/// a visitor started in the widget, replies, wraps up with a disposition and is waiting for work again.
/// </summary>
public sealed class AgentShellBrowserTests(ITestOutputHelper log)
{
    private const float Patience = AgentShellPage.Patience;

    [Fact]
    public async Task Agent_InChromium_TakesAChatRepliesAndWrapsUp()
    {
        await using var host = await ShellHost.StartAsync();
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "en-US" });
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        var agent = new AgentShellPage(page, origin);

        await agent.SignInAsync("agent1", ShellHost.Password);
        Assert.EndsWith("/agent", page.Url, StringComparison.Ordinal);
        await agent.SetStatusAsync("available", "Available");
        await Assertions.Expect(page.GetByTestId("substate")).ToContainTextAsync("Waiting for work");

        var visitor = await Visitor.OpenAsync(browser, host.BaseAddress);
        await visitor.StartChatAsync("Ana Mora", "ana@example.com", "Choqué el carro esta mañana");
        await agent.Offer.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        Assert.Equal("alert", await page.GetByTestId("offer-announcement").GetAttributeAsync("role"));
        Assert.Contains("seconds to answer", await page.GetByTestId("offer-announcement").InnerTextAsync(), StringComparison.Ordinal);
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

        await agent.WrapUpAsync("siniestro/parte-nuevo/autos");
        await Assertions.Expect(page.GetByTestId("substate")).ToContainTextAsync("Waiting for work", new() { Timeout = Patience });
        await Assertions.Expect(page.GetByTestId("status-current")).ToHaveTextAsync("Available");
        Assert.Empty(problems);
        await agent.SetStatusAsync("offline", "Offline");
    }

    internal static ConcurrentQueue<string> Watch(IPage page, ITestOutputHelper? output = null) =>
        // The drop test takes the browser offline on purpose: its failed requests are expected.
        PageProblems.Watch(page, output, logResponses: false, "net::ERR_INTERNET_DISCONNECTED");

    internal static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name), FullPage = true });

    private ConcurrentQueue<string> Watch(IPage page) => Watch(page, log);
}
