using System.Collections.Concurrent;
using ContactCenter.E2E.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.WebChat;

/// <summary>
/// The widget in real headless Chromium, embedded in the insurer's page under a strict CSP, against the real host:
/// a visitor's message is routed to an agent, the agent answers through /api/v1/conversations, the widget shows it,
/// and leaving and coming back loses nothing. Driven with the keyboard only.
/// </summary>
public sealed class WebChatWidgetTests(ITestOutputHelper log)
{
    private const float Patience = 60_000;

    [Fact]
    public async Task Widget_UnderStrictCsp_ChatsWithAnAgentAndResumesWithoutLoss()
    {
        await using var host = await WebChatHost.StartAsync();
        using var client = host.CreateAdminClient();
        var desk = new AgentDesk(client);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "es-CO" });
        await InsurerPage.RouteAsync(context, host.BaseAddress, "autos");
        var page = await context.NewPageAsync();
        var problems = Watch(page, host.BaseAddress);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });
            var launcher = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chatear con nosotros" });
            await launcher.FocusAsync(new LocatorFocusOptions { Timeout = Patience });
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Ana Mora");                       // the name field has the focus
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("ana@example.com");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");                            // topic: the first (Siniestro) stays chosen
            await page.Keyboard.TypeAsync("Choqué el carro esta mañana");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");

            var conversation = page.GetByRole(AriaRole.Log, new PageGetByRoleOptions { Name = "Conversación" });
            // Stored by the kernel once the widget shows it with its sequence (before that it is marked as sending).
            await conversation.Locator("[data-seq]").Filter(new LocatorFilterOptions { HasText = "Choqué el carro esta mañana" })
                .WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            var conversationId = (await desk.ConversationIdsAsync()).Single();
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            await desk.ReplyAsync(conversationId, "agent1", "Hola Ana, ¿alguien resultó herido?", "r-1");
            await conversation.GetByText("Hola Ana, ¿alguien resultó herido?").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            await page.GetByText("Un asesor le está atendiendo.").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "webchat.png") });

            // The visitor leaves the page; the agent answers meanwhile; the visitor comes back in the same tab.
            await page.GotoAsync("about:blank");
            await desk.ReplyAsync(conversationId, "agent1", "Le envío una grúa.", "r-2");
            await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chatear con nosotros" }).ClickAsync(new LocatorClickOptions { Timeout = Patience });
            await conversation.GetByText("Le envío una grúa.").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            await page.GetByLabel("Escriba su mensaje").FillAsync("Gracias");
            await page.Keyboard.PressAsync("Enter");
            await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("text").GetString() == "Gracias");
            await conversation.Locator("[data-seq]").Filter(new LocatorFilterOptions { HasText = "Gracias" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

            var lines = await conversation.Locator("li .ccw-text").AllTextContentsAsync();
            Assert.Equal(
                ["Choqué el carro esta mañana", "Un asesor se unió a la conversación.", "Hola Ana, ¿alguien resultó herido?", "Le envío una grúa.", "Gracias"],
                lines);
            Assert.Equal("polite", await conversation.GetAttributeAsync("aria-live"));
            Assert.Equal("true", await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chatear con nosotros" }).GetAttributeAsync("aria-expanded"));
            Assert.Equal(5, (await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).GetArrayLength());
            Assert.Empty(problems);
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task Socket_FromTheInsurersPage_OversizedOrMalformedFramesAreRefusedAndLeaveNothing()
    {
        await using var host = await WebChatHost.StartAsync();
        using var client = host.CreateAdminClient();
        var desk = new AgentDesk(client);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true });
        await InsurerPage.RouteAsync(context, host.BaseAddress, "autos");
        var page = await context.NewPageAsync();
        await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });

        // A hand-made client on the same page (the CSP allows the socket): hello, then an oversized and a malformed frame.
        var codes = await page.EvaluateAsync<string[]>("""
            (url) => new Promise((resolve, reject) => {
              const socket = new WebSocket(url);
              const codes = [];
              socket.onerror = () => reject(new Error('socket error'));
              socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', inbox: 'autos', lang: 'en' }));
              socket.onmessage = (e) => {
                const frame = JSON.parse(e.data);
                if (frame.type === 'welcome') {
                  socket.send(JSON.stringify({ type: 'message', id: 'big', text: 'x'.repeat(40000) }));
                  socket.send('{"type":"message","id":"m1","text":');
                  socket.send(JSON.stringify({ type: 'message', id: 'ctl', text: 'bell\u0007' }));
                } else if (frame.type === 'error') {
                  codes.push(frame.code + ':' + frame.message);
                  if (codes.length === 3) { socket.close(); resolve(codes); }
                }
              };
            })
            """, new UriBuilder(host.BaseAddress) { Scheme = "wss", Path = "/webchat/socket" }.Uri.ToString());

        Assert.Equal(
            ["frame-too-large:The frame is too large; nothing was stored.", "malformed:The frame is not valid JSON; nothing was stored.",
             "invalid:A field is missing or invalid; nothing was stored."],
            codes);
        Assert.Empty(await desk.ConversationIdsAsync());
    }

    /// <summary>Requests that leave the two origins, CSP violations and script errors, which must all stay empty.</summary>
    private ConcurrentQueue<string> Watch(IPage page, Uri host)
    {
        var problems = new ConcurrentQueue<string>();
        var origin = host.GetLeftPart(UriPartial.Authority);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("wss://" + host.Authority, StringComparison.Ordinal)
                && !request.Url.StartsWith("https://www.aseguradora.test/", StringComparison.Ordinal) && request.Url != "about:blank")
            {
                problems.Enqueue("request elsewhere: " + request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            log.WriteLine($"console {message.Type}: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Enqueue("CSP: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        return problems;
    }
}
