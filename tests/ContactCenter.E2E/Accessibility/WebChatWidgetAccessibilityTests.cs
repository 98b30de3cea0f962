using ContactCenter.E2E.Support;
using ContactCenter.E2E.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Accessibility;

/// <summary>
/// axe-core over the web chat widget on the insurer's test page (closed, open with its form, then chatting with the
/// attach button and a file's download button), in real Chromium.
/// </summary>
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
        var choosers = new FileChoosers(page);

        await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });
        var launcher = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chatear con nosotros" });
        await launcher.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "web chat test page, widget closed", log);

        await launcher.ClickAsync();
        await page.Locator(":focus").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "web chat test page, widget open", log);

        await page.GetByLabel("Nombre").FillAsync("Ana Mora");
        await page.GetByLabel("¿En qué le podemos ayudar?").FillAsync("Hola");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Iniciar chat" }).ClickAsync();
        await page.Locator("[data-seq]").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Adjuntar un archivo" }).ClickAsync();
        var chooser = await choosers.NextAsync(TimeSpan.FromMilliseconds(Patience));
        await chooser.SetFilesAsync(new FilePayload { Name = "nota.txt", MimeType = "text/plain", Buffer = "hola"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Descargar nota.txt" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "web chat test page, chatting with a file", log);
    }
}
