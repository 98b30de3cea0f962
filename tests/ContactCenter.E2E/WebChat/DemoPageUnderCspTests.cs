using System.Collections.Concurrent;
using ContactCenter.E2E.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.WebChat;

/// <summary>
/// Demo mode's web chat test pages (docs/demo.md) in real Chromium, as the host serves them: under their own strict
/// Content-Security-Policy header, with one async script tag. The widget loads with its stylesheet, opens, sends a
/// message the agent API sees, and the page logs no console error and no <c>securitypolicyviolation</c> event — the
/// listener itself proven by an inline style injected at the end, which the policy must block and report.
/// </summary>
public sealed class DemoPageUnderCspTests(ITestOutputHelper log)
{
    private const float Patience = 60_000;

    [Theory]
    [InlineData("/demo/webchat/autos?lang=en", "Chat with us", "Name", "How can we help?", "Start chat", "Conversation", "Type your message")]
    [InlineData("/demo/webchat/salud/signed-in", "Chatear con nosotros", "Nombre", "¿En qué le podemos ayudar?", "Iniciar chat", "Conversación", "Escriba su mensaje")]
    public async Task DemoPage_UnderItsPolicy_WidgetLoadsOpensAndSendsWithNoViolationOrConsoleError(
        string path, string launcherName, string nameLabel, string firstLabel, string startName, string logName, string messageLabel)
    {
        await using var host = await WebChatHost.StartAsync();
        using var client = host.CreateAdminClient();
        var desk = new AgentDesk(client);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true });
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, log);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Enqueue($"{response.Status} {response.Url}");
            }
        };
        var violations = new ConcurrentQueue<string>();
        // Reported through a Playwright binding from a listener installed before any of the page's scripts run.
        await page.ExposeFunctionAsync("ccReportViolation", (string violation) =>
        {
            log.WriteLine("CSP violation: " + violation);
            violations.Enqueue(violation);
        });
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', (e) =>
              window.ccReportViolation(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """);

        var response = await page.GotoAsync(new Uri(host.BaseAddress, path).ToString(), new PageGotoOptions { Timeout = Patience });
        Assert.NotNull(response);
        var policy = (await response.AllHeadersAsync())["content-security-policy"];
        var launcher = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = launcherName });
        await launcher.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        var scripts = await page.EvaluateAsync<string[]>("() => Array.from(document.scripts, s => (s.async ? 'async ' : 'sync ') + new URL(s.src || 'inline:', location.href).pathname)");
        // The widget's stylesheet applied (style-src 'self'): its root is fixed in the corner.
        var position = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.ccw')).position");

        await launcher.ClickAsync();
        await page.GetByLabel(nameLabel, new PageGetByLabelOptions { Exact = true }).FillAsync("Cliente Demo (demo)");
        await page.GetByLabel(firstLabel).FillAsync("Hola desde la página de prueba");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = startName }).ClickAsync();
        var conversation = page.GetByRole(AriaRole.Log, new PageGetByRoleOptions { Name = logName });
        await WaitForLineAsync(page, conversation, "Hola desde la página de prueba", desk);
        await page.GetByLabel(messageLabel).FillAsync("Segundo mensaje");
        await page.Keyboard.PressAsync("Enter");
        await WaitForLineAsync(page, conversation, "Segundo mensaje", desk);
        var conversationId = (await desk.ConversationIdsAsync()).Single();
        await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("text").GetString() == "Segundo mensaje");
        var seenViolations = violations.ToArray();
        var seenProblems = problems.ToArray();

        // The listener works: an inline style, which the policy forbids, is reported.
        await page.EvaluateAsync("() => { const s = document.createElement('style'); s.textContent = 'body { color: red }'; document.head.appendChild(s); }");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (violations.IsEmpty && !timeout.IsCancellationRequested)
            {
                await Task.Delay(50);
            }
        }

        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal(["async /webchat/widget.js"], scripts);
        Assert.Equal("fixed", position);
        Assert.Empty(seenViolations);
        Assert.Empty(seenProblems);
        Assert.StartsWith("style-src-elem blocked inline", Assert.Single(violations), StringComparison.Ordinal);
        await desk.CloseAsync(conversationId);
    }

    /// <summary>
    /// Waits for the server's echo of a visitor line (an item with its sequence); on a timeout the failure says what the
    /// widget showed (status, alert, log) and what the server holds, so a failure on a loaded machine can be explained.
    /// </summary>
    private static async Task WaitForLineAsync(IPage page, ILocator conversation, string text, AgentDesk desk)
    {
        try
        {
            await conversation.Locator("[data-seq]").Filter(new LocatorFilterOptions { HasText = text })
                .WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        }
        catch (TimeoutException ex)
        {
            var widget = await page.EvaluateAsync<string>("""
                () => ['status: ' + document.querySelector('.ccw-status')?.textContent,
                       'alert: ' + document.querySelector('.ccw-alert')?.textContent,
                       'log: ' + Array.from(document.querySelectorAll('.ccw-list li'), li => (li.dataset.seq || li.dataset.clientId) + ' ' + li.textContent).join(' | ')].join('\n')
                """);
            var server = string.Join("\n", await Task.WhenAll((await desk.ConversationIdsAsync()).Select(async id =>
                $"{id}: {await desk.GetAsync($"/api/v1/conversations/{id}/messages")}")));
            throw new TimeoutException($"'{text}' was not echoed in the widget's log within {Patience / 1000} s.\nWidget:\n{widget}\nServer:\n{server}", ex);
        }
    }
}
