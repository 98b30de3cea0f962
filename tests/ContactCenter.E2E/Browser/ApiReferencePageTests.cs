using System.Collections.Concurrent;
using ContactCenter.E2E.Support;
using ContactCenter.Testing.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Browser;

/// <summary>The browser smoke test: the real host, the real Chromium, the API reference page rendering the API.</summary>
public sealed class ApiReferencePageTests(ITestOutputHelper log)
{
    // Generous: the page is a large script and the machine may be busy; nothing here measures speed.
    private const float Patience = 120_000;

    [Fact]
    public async Task ReferencePage_InChromium_RendersThePluginOperationsFromTheHostAlone()
    {
        await using var host = await RunningHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true });
        var page = await context.NewPageAsync();
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        var elsewhere = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)
                && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                elsewhere.Enqueue(request.Url);
            }
        };
        page.Console += (_, message) => log.WriteLine($"console {message.Type}: {message.Text}");
        page.PageError += (_, error) => log.WriteLine($"page error: {error}");
        page.Response += (_, response) => log.WriteLine($"{response.Status} {response.Url}");

        var response = await page.GotoAsync($"{origin}/scalar/v1", new PageGotoOptions { Timeout = Patience });
        Assert.Equal(200, response?.Status);
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "ContactCenter API" }).First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        // The reference renders a tag's operations once it is opened in the sidebar.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Plugins", Exact = true }).First.ClickAsync(new LocatorClickOptions { Timeout = Patience });
        var listPlugins = page.GetByText("Every installed plugin with its state.").First;
        await listPlugins.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Patience });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "api-reference.png") });

        Assert.True(await page.GetByText("/api/v1/plugins/{id}/upgrade").First.IsVisibleAsync());
        Assert.Empty(elsewhere);
    }
}
