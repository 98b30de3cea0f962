using ContactCenter.E2E.WebChat;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Shell;

/// <summary>A customer on the insurer's page who opens the web chat widget and writes.</summary>
internal sealed class Visitor(IPage page)
{
    private const float Patience = 60_000;

    public ILocator Conversation => page.GetByRole(AriaRole.Log, new PageGetByRoleOptions { Name = "Conversación" });

    /// <param name="browser">The browser.</param>
    /// <param name="host">The contact center.</param>
    /// <param name="signedIn">For a visitor signed in on the insurer's site, the widget's <c>data-visitor-*</c> attributes (<see cref="SignedVisitor"/>).</param>
    public static async Task<Visitor> OpenAsync(IBrowser browser, Uri host, string signedIn = "")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "es-CO" });
        await InsurerPage.RouteAsync(context, host, "autos", signedIn);
        var page = await context.NewPageAsync();
        await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });
        return new Visitor(page);
    }

    /// <summary>Fills the pre-chat form and sends the first message; returns once the kernel stored it.</summary>
    public async Task StartChatAsync(string name, string email, string text)
    {
        var launcher = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chatear con nosotros" });
        await launcher.FocusAsync(new LocatorFocusOptions { Timeout = Patience });
        await page.Keyboard.PressAsync("Enter");
        // A signed-in visitor's name is prefilled: select it so the typed name replaces it, as a person would.
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Conversation.Locator("[data-seq]").Filter(new LocatorFilterOptions { HasText = text })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
    }

    /// <summary>Writes one more message; returns once the kernel stored it.</summary>
    public async Task SendAsync(string text)
    {
        await page.GetByLabel("Escriba su mensaje").FillAsync(text);
        await page.Keyboard.PressAsync("Enter");
        await Conversation.Locator("[data-seq]").Filter(new LocatorFilterOptions { HasText = text })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
    }
}
