using System.Text.RegularExpressions;
using ContactCenter.E2E.Accessibility;
using ContactCenter.E2E.Support;
using ContactCenter.E2E.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Shell;

/// <summary>
/// The wallboard in real headless Chromium against the real demo host: the supervisor sees a chat arrive and be accepted
/// within 2 seconds each, whispers a private note that the agent's shell shows and the customer's widget never does,
/// opens the agent's and the queue's drill-down pages and goes back; axe-core on each page; an agent without the
/// supervisor permission is refused.
/// </summary>
public sealed partial class SupervisorWallboardBrowserTests(ITestOutputHelper log)
{
    private const float Patience = AgentShellPage.Patience;

    /// <summary>The brief's bound: the wallboard shows a change within 2 seconds of it happening.</summary>
    private const float Live = 2_000;

    [Fact]
    public async Task Supervisor_InChromium_SeesAChatLiveAndWhispersANoteOnlyTheAgentSees()
    {
        await using var host = await ShellHost.StartAsync();
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var agentContext = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "en-US" });
        var agent = new AgentShellPage(await agentContext.NewPageAsync(), origin);
        await agent.SignInAsync("agent1", ShellHost.Password);
        await agent.SetStatusAsync("available", "Available");

        await using var supervisorContext = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = true, Locale = "en-US", ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var wall = await supervisorContext.NewPageAsync();
        var problems = AgentShellBrowserTests.Watch(wall, log);
        await wall.GotoAsync($"{origin}/supervisor", new PageGotoOptions { Timeout = Patience });
        await TestAccounts.SignInAsync(wall, "supervisor1", ShellHost.Password);
        await wall.GetByTestId("wall-ready").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        var autos = wall.GetByTestId("lines").Locator("tr[data-key=autos]");
        var agentRow = wall.Locator("tr[data-agent=agent1]");
        await Assertions.Expect(agentRow.GetByTestId("agent-state")).ToContainTextAsync("Waiting for work", new() { Timeout = Patience });
        Assert.Equal("false", await wall.GetByTestId("freshness").GetAttributeAsync("data-stale"));

        var visitor = await Visitor.OpenAsync(browser, host.BaseAddress);
        await visitor.StartChatAsync("Ana Mora", "ana@example.com", "Choqué el carro esta mañana");
        // The message is stored and the chat queued when StartChatAsync returns: from here the wallboard has 2 s.
        await Assertions.Expect(autos.GetByTestId("waiting")).ToHaveTextAsync("1", new() { Timeout = Live });
        // A customer's chat is not internal work: the line's internal columns stay at 0, labelled apart.
        Assert.Equal(("0", "0"), (await autos.GetByTestId("internal-waiting").InnerTextAsync(), await autos.GetByTestId("internal-ended").InnerTextAsync()));
        Assert.Equal("Internal waiting", await wall.GetByTestId("lines").GetByTestId("internal-waiting-header").InnerTextAsync());

        await agent.Offer.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await agent.Page.GetByTestId("offer-accept").ClickAsync();
        await agent.Transcript.GetByText("Choqué el carro esta mañana").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await Assertions.Expect(agentRow.GetByTestId("agent-current")).ToContainTextAsync("Connected", new() { Timeout = Live });
        await Assertions.Expect(autos.GetByTestId("waiting")).ToHaveTextAsync("0", new() { Timeout = Live });
        await Assertions.Expect(autos.GetByTestId("answered")).ToHaveTextAsync("1", new() { Timeout = Live });

        // Opening the note form starts reading the chat: its transcript is shown and follows the conversation live.
        await agentRow.GetByTestId("note").ClickAsync();
        var reading = wall.GetByTestId("read-log");
        await Assertions.Expect(reading).ToContainTextAsync("Choqué el carro esta mañana", new() { Timeout = Patience });
        await Assertions.Expect(reading.GetByTestId("read-message").First).ToContainTextAsync("Customer · received");
        await visitor.SendAsync("¿Me cubre la grúa?");
        await Assertions.Expect(reading.GetByTestId("read-message").Last).ToContainTextAsync("¿Me cubre la grúa?", new() { Timeout = Patience });
        await AgentShellBrowserTests.Screenshot(wall, "supervisor-reading.png");
        await AxeCheck.AssertNoSeriousViolationsAsync(wall, "supervisor reading a chat", log);
        await wall.GetByTestId("note-send").ClickAsync();
        await Assertions.Expect(wall.GetByTestId("note-error")).ToHaveTextAsync("Write a note first.");
        await wall.GetByTestId("note-text").FillAsync("Ofrécele la cobertura de vehículo de reemplazo");
        await wall.GetByTestId("note-send").ClickAsync();
        await Assertions.Expect(wall.GetByTestId("notice")).ToContainTextAsync("Note sent to Ana Mora", new() { Timeout = Patience });
        var note = agent.Transcript.GetByTestId("message-privatenote").Filter(new LocatorFilterOptions { HasText = "Ofrécele la cobertura de vehículo de reemplazo" });
        await Assertions.Expect(note).ToContainTextAsync("Note from your supervisor", new() { Timeout = Patience });
        await Assertions.Expect(note).ToContainTextAsync("supervisor1");

        // The customer's widget shows the reply written after the note, and never the note.
        await agent.SendReplyAsync("Hola Ana, ya reviso su póliza");
        await visitor.Conversation.GetByText("Hola Ana, ya reviso su póliza").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        Assert.DoesNotContain("vehículo de reemplazo", await visitor.Conversation.InnerTextAsync(), StringComparison.Ordinal);

        await AgentShellBrowserTests.Screenshot(wall, "supervisor-wallboard.png");
        await AxeCheck.AssertNoSeriousViolationsAsync(wall, "supervisor wallboard", log);
        // The agent's shell with a contact open, a supervisor's note and the wrap-up controls in view.
        await AxeCheck.AssertNoSeriousViolationsAsync(agent.Page, "agent shell on a contact", log);

        // Drill-downs, reached from the keyboard: the agent's page with the chat in hand, then that chat's queue.
        await agentRow.GetByTestId("agent-link").FocusAsync();
        await wall.Keyboard.PressAsync("Enter");
        await wall.GetByTestId("drill-ready").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await Assertions.Expect(wall.GetByTestId("agent-contact")).ToHaveCountAsync(1, new() { Timeout = Patience });
        await AgentShellBrowserTests.Screenshot(wall, "supervisor-agent.png");
        await AxeCheck.AssertNoSeriousViolationsAsync(wall, "supervisor agent page", log);
        await wall.GetByTestId("queue-link").ClickAsync();
        await Assertions.Expect(wall.GetByTestId("drill-title")).ToContainTextAsync("Autos, general", new() { Timeout = Patience });
        await Assertions.Expect(wall.GetByTestId("answered")).ToHaveTextAsync("1", new() { Timeout = Patience });
        await AgentShellBrowserTests.Screenshot(wall, "supervisor-queue.png");
        await AxeCheck.AssertNoSeriousViolationsAsync(wall, "supervisor queue page", log);
        await wall.GetByTestId("crumb-wallboard").ClickAsync();
        await wall.GetByTestId("wall-ready").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Wallboard_AgentWithoutSupervisorPermission_IsRefused()
    {
        await using var host = await ShellHost.StartAsync();
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "en-US" });
        var page = await context.NewPageAsync();
        var agent = new AgentShellPage(page, origin);
        await agent.SignInAsync("agent1", ShellHost.Password);

        var response = await page.GotoAsync($"{origin}/supervisor", new PageGotoOptions { Timeout = Patience });

        Assert.Equal(403, response?.Status);
        Assert.DoesNotMatch(AgentGridPattern(), await page.ContentAsync());
    }

    [GeneratedRegex("data-testid=\"(agents|wall-ready)\"")]
    private static partial Regex AgentGridPattern();
}
