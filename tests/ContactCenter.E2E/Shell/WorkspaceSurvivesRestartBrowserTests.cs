using ContactCenter.E2E.Support;
using ContactCenter.E2E.WebChat;
using ContactCenter.Testing.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Shell;

/// <summary>
/// The drop: with a draft typed in one chat and a second chat offered, the browser goes offline for 30 seconds and the
/// host restarts on the same LiteDB data directory and address. After reconnecting, the draft and the offer are there.
/// </summary>
public sealed class WorkspaceSurvivesRestartBrowserTests(ITestOutputHelper log)
{
    private const float Patience = AgentShellPage.Patience;
    private const string Draft = "Borrador que debe sobrevivir al reinicio";

    [Fact]
    public async Task Workspace_OfflineThirtySecondsAndHostRestart_KeepsDraftAndPendingOffer()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("cc-shell-e2e-").FullName;
        var (started, port) = await ShellHost.StartOnFreePortAsync(dataDirectory);
        RunningHost? host = started;
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "en-US" });
            var page = await context.NewPageAsync();
            AgentShellBrowserTests.Watch(page, log);
            var agent = new AgentShellPage(page, host.BaseAddress.GetLeftPart(UriPartial.Authority));
            await agent.SignInAsync("agent1", ShellHost.Password);
            await agent.SetStatusAsync("available", "Available");

            var first = await Visitor.OpenAsync(browser, host.BaseAddress);
            await first.StartChatAsync("Ana Mora", "ana@example.com", "Choqué el carro esta mañana");
            await page.GetByTestId("offer-accept").ClickAsync(new LocatorClickOptions { Timeout = Patience });
            await agent.Transcript.GetByText("Choqué el carro esta mañana").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            await agent.Reply.FillAsync(Draft);
            await Assertions.Expect(page.GetByTestId("draft-state")).ToHaveTextAsync("Draft saved", new() { Timeout = Patience });

            var second = await Visitor.OpenAsync(browser, host.BaseAddress);
            await second.StartChatAsync("Luis Pérez", "luis@example.com", "Necesito una grúa");
            await agent.Offer.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

            await context.SetOfflineAsync(true);
            await Task.Delay(TimeSpan.FromSeconds(30));
            await host.DisposeAsync();
            host = null;
            host = await ShellHost.StartAsync(dataDirectory, port);
            await context.SetOfflineAsync(false);

            await WaitForWorkspaceAsync(agent);
            await Assertions.Expect(agent.Reply).ToHaveValueAsync(Draft, new() { Timeout = Patience });
            await agent.Offer.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            await AgentShellBrowserTests.Screenshot(page, "agent-shell-after-restart.png");

            // The offer that survived is still a real one: accepting opens a second tab.
            await page.GetByTestId("offer-accept").ClickAsync();
            await Assertions.Expect(page.GetByTestId("tab")).ToHaveCountAsync(2, new() { Timeout = Patience });
        }
        finally
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>
    /// Blazor retries the old circuit, which the restarted host does not know; it then reloads the page. Should its
    /// retries have run out while the browser was offline, the agent's reload is what the test does instead.
    /// </summary>
    private async Task WaitForWorkspaceAsync(AgentShellPage agent)
    {
        try
        {
            // The old page stays in the DOM under Blazor's reconnect dialog: back means the dialog is gone too (the
            // circuit reconnected, or Blazor reloaded the page), not only that the reply box is there.
            await agent.Page.Locator("#components-reconnect-modal").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 30_000 });
            await agent.Reply.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            log.WriteLine("The shell came back by itself.");
        }
        catch (TimeoutException)
        {
            log.WriteLine("The shell did not come back by itself within 30 s: reloading, as the agent would.");
            await agent.Page.ReloadAsync(new PageReloadOptions { Timeout = Patience });
            await agent.WaitInteractiveAsync();
        }
    }
}
