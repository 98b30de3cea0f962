using ContactCenter.E2E.Support;
using ContactCenter.E2E.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Accessibility;

/// <summary>axe-core over the web chat widget on the insurer's test page (closed, then open with its form), in real Chromium.</summary>
public sealed class WebChatWidgetAccessibilityTests(ITestOutputHelper log)
{
    private const float Patience = 60_000;

    [Fact]
    public async Task WidgetTestPage_ClosedAndOpen_HasNoSeriousOrCriticalViolations()
    {
        await using var host = await WebChatHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "es-CO" });
        await InsurerPage.RouteAsync(context, host.BaseAddress, "autos");
        var page = await context.NewPageAsync();

        await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });
        var launcher = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chatear con nosotros" });
        await launcher.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "web chat test page, widget closed", log);

        await launcher.ClickAsync();
        await page.Locator(":focus").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "web chat test page, widget open", log);
    }
}
