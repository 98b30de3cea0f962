using System.Collections.Concurrent;
using ContactCenter.E2E.Accessibility;
using ContactCenter.E2E.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Transcripts;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.WebChat;

/// <summary>
/// The widget's "email me the transcript" form in real Chromium, on the insurer's page under its strict CSP, against the
/// real host mailing through a private Postfix into a private Dovecot: a bad address is refused in the visitor's
/// language (by the widget, and by the server for what only the server catches) and sends nothing; a good one mails the
/// chat, read back over IMAP, and the conversation gets the "Transcript emailed to …" activity, which the visitor sees
/// and the agent reads through the API. A transcript activity after the end leaves the attach button disabled.
/// </summary>
public sealed class WebChatTranscriptFormTests(WebChatMailHostFixture fixture, ITestOutputHelper log) : IClassFixture<WebChatMailHostFixture>
{
    private const float Patience = 60_000;

    /// <summary>What the visitor reads, per language.</summary>
    private sealed record Texts(
        string Launcher, string Name, string Email, string First, string Start, string Log, string Toggle, string Field, string Send,
        string Invalid, string Sent, string Activity, string Closed, string Attach, string Subject);

    private static readonly Dictionary<string, Texts> Visitor = new()
    {
        ["es"] = new("Chatear con nosotros", "Nombre", "Correo electrónico (opcional)", "¿En qué le podemos ayudar?", "Iniciar chat", "Conversación",
            "Recibir la transcripción por correo", "Enviar la transcripción a", "Enviar transcripción",
            "Escriba una dirección de correo válida, por ejemplo nombre@ejemplo.com.", "Enviamos la transcripción a {0}.", "Transcripción enviada por correo a {0}",
            "La conversación terminó. Puede escribir de nuevo si lo necesita.", "Adjuntar un archivo", "Transcripción"),
        ["en"] = new("Chat with us", "Name", "Email (optional)", "How can we help?", "Start chat", "Conversation",
            "Email me the transcript", "Send the transcript to", "Send transcript",
            "Enter a valid email address, for example name@example.com.", "We sent the transcript to {0}.", "Transcript emailed to {0}",
            "The conversation ended. Write again if you need anything.", "Attach a file", "Transcript of"),
    };

    [Theory]
    [InlineData("es", "dario", "gina")]
    [InlineData("en", "elena", "hugo")]
    public async Task TranscriptForm_BadAddressesRefusedInTheVisitorsLanguage_GoodOneMailsTheChatAndAddsTheActivity(string lang, string customer, string other)
    {
        var t = Visitor[lang];
        var address = $"{customer}@cliente.test";
        using var admin = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = lang == "es" ? "es-CO" : "en-US" });
        await InsurerPage.RouteAsync(context, fixture.Host.BaseAddress, "autos", lang: lang);
        var page = await context.NewPageAsync();
        // The server's refusal is a 400, which Chromium reports on the console: expected here, nothing else is.
        var problems = PageProblems.Watch(page, log, logResponses: false, "status of 400");
        var transcriptRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/webchat/transcript", StringComparison.Ordinal) && request.Method == "POST")
            {
                transcriptRequests.Add(request.PostData ?? string.Empty);
            }
        };
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            var (conversation, conversationId) = await StartChatAsync(page, t, address, "Necesito ayuda con mi póliza <b>2026</b>");
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            await desk.ReplyAsync(conversationId, "agent1", "Con gusto le ayudo & le envío todo", $"r-{lang}");
            await conversation.GetByText("Con gusto le ayudo & le envío todo").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

            var toggle = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = t.Toggle });
            await toggle.ClickAsync();
            var field = page.GetByLabel(t.Field);
            var status = page.Locator("#ccw-transcript-status");
            Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
            Assert.Equal(address, await field.InputValueAsync());        // prefilled with the pre-chat email
            await Assertions.Expect(field).ToBeFocusedAsync();
            await AxeAsync(page, problems, $"web chat transcript form open ({lang})");

            // Not an address at all: the widget refuses it without asking the server.
            await field.FillAsync($"{customer}@");
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = t.Send }).ClickAsync();
            await Assertions.Expect(status).ToHaveTextAsync(t.Invalid);
            Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
            Assert.Empty(transcriptRequests);

            // A list of two addresses looks like one to the widget; the server refuses it in the visitor's language.
            await field.FillAsync($"{customer},{other}@cliente.test");
            var refused = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = t.Send }).ClickAsync(),
                r => r.Url.Contains("/webchat/transcript", StringComparison.Ordinal), new PageRunAndWaitForResponseOptions { Timeout = Patience });
            await Assertions.Expect(status).ToHaveTextAsync(t.Invalid);
            Assert.Equal(400, refused.Status);
            Assert.Equal("email-invalid", (await refused.JsonAsync())?.GetProperty("code").GetString());
            Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
            await AxeAsync(page, problems, $"web chat transcript form with an error ({lang})");

            // The good address, sent with the keyboard.
            await field.FillAsync(address);
            await field.PressAsync("Enter");
            await Assertions.Expect(status).ToHaveTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Sent, address), new() { Timeout = Patience });
            var activityText = string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Activity, address);
            await conversation.Locator("li.ccw-activity").Filter(new LocatorFilterOptions { HasText = activityText }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            var mail = await fixture.Mail.WaitForAsync(address, "INBOX", m => m.Subject != null && m.Subject.StartsWith(t.Subject, StringComparison.Ordinal));
            var activity = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("automatic").GetBoolean());

            Assert.Null(await field.GetAttributeAsync("aria-invalid"));
            Assert.Equal(2, transcriptRequests.Count);
            Assert.Equal(address, mail.To.Mailboxes.Single().Address);
            Assert.Contains("Necesito ayuda con mi póliza <b>2026</b>", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Con gusto le ayudo & le envío todo", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Necesito ayuda con mi póliza &lt;b&gt;2026&lt;/b&gt;", mail.HtmlBody, StringComparison.Ordinal);
            // The refused requests sent nothing: one mail for the visitor, none for the other address of the list.
            Assert.Equal(1, await fixture.Mail.CountAsync(address, "INBOX"));
            Assert.Equal(0, await fixture.Mail.CountAsync($"{other}@cliente.test", "INBOX"));
            Assert.Equal(("Activity", $"Transcript emailed to {address}", $"Transcripción enviada por correo a {address}"),
                (activity.GetProperty("kind").GetString(), activity.GetProperty("localized").GetProperty("en").GetString(), activity.GetProperty("localized").GetProperty("es").GetString()));
            Assert.Empty(problems);
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task AttachButton_TranscriptActivityAfterTheEnd_StaysDisabledUntilTheVisitorWritesAgain()
    {
        var t = Visitor["es"];
        const string Address = "fabio@cliente.test";
        using var admin = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "es-CO" });
        await InsurerPage.RouteAsync(context, fixture.Host.BaseAddress, "autos");
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, log);
        var attach = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = t.Attach });
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            var (conversation, conversationId) = await StartChatAsync(page, t, Address, "Quiero enviar una foto del choque");
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            await desk.ReplyAsync(conversationId, "agent1", "Claro, adjúntela", "r-attach");
            await conversation.GetByText("Claro, adjúntela").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            Assert.True(await attach.IsEnabledAsync());

            await desk.CloseAsync(conversationId);
            await conversation.GetByText(t.Closed).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            Assert.True(await attach.IsDisabledAsync());

            // After the end the visitor asks for the transcript; its activity is the newest message of the closed conversation.
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = t.Toggle }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = t.Send }).ClickAsync();
            var activityText = string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Activity, Address);
            await conversation.Locator("li.ccw-activity").Filter(new LocatorFilterOptions { HasText = activityText }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            var lastLine = await conversation.Locator("li").Last.TextContentAsync();
            var stillDisabled = await attach.IsDisabledAsync();

            // Writing again starts the next conversation, where files are welcome again.
            await desk.SetPresenceAsync("agent1", "offline");
            await page.GetByLabel("Escriba su mensaje").FillAsync("Otra consulta");
            await page.Keyboard.PressAsync("Enter");
            var next = conversation.Locator("[data-seq]").Filter(new LocatorFilterOptions { HasText = "Otra consulta" });
            await next.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            await Assertions.Expect(attach).ToBeEnabledAsync(new() { Timeout = Patience });
            var nextId = ConversationOf(await next.GetAttributeAsync("data-seq"));

            Assert.Equal(activityText, lastLine);
            Assert.True(stillDisabled, "A transcript activity after conversation-closed enabled the attach button again.");
            Assert.NotEqual(conversationId, nextId);
            Assert.Empty(problems);
            await desk.CloseAsync(nextId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    /// <summary>
    /// The axe check. To read the stylesheets' rules axe fetches them again with XHR; the widget's, on the contact
    /// center's origin, is not readable from the insurer's page (no CORS on it), so Chromium logs that fetch's failure.
    /// Those lines, and only those, are axe's own and not the page's problems.
    /// </summary>
    private async Task AxeAsync(IPage page, ConcurrentQueue<string> problems, string name)
    {
        var before = problems.Count;
        await AxeCheck.AssertNoSeriousViolationsAsync(page, name, log);
        var kept = new List<string>();
        var index = 0;
        while (problems.TryDequeue(out var problem))
        {
            if (index++ < before || !(problem.Contains("/webchat/widget.css' from origin", StringComparison.Ordinal) || problem == "Failed to load resource: net::ERR_FAILED"))
            {
                kept.Add(problem);
            }
        }

        kept.ForEach(problems.Enqueue);
    }

    /// <summary>Opens the widget, fills the pre-chat form and waits until the kernel stored the first message.</summary>
    private static async Task<(ILocator Conversation, string ConversationId)> StartChatAsync(IPage page, Texts t, string email, string text)
    {
        await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = t.Launcher }).ClickAsync(new LocatorClickOptions { Timeout = Patience });
        await page.GetByLabel(t.Name, new PageGetByLabelOptions { Exact = true }).FillAsync("Visitante de prueba");
        await page.GetByLabel(t.Email).FillAsync(email);
        await page.GetByLabel(t.First).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = t.Start }).ClickAsync();
        var conversation = page.GetByRole(AriaRole.Log, new PageGetByRoleOptions { Name = t.Log });
        var first = conversation.Locator("[data-seq]").Filter(new LocatorFilterOptions { HasText = text });
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        return (conversation, ConversationOf(await first.GetAttributeAsync("data-seq")));
    }

    /// <summary>The conversation id of a widget line's <c>data-seq</c> (<c>{conversationId}:{seq}</c>).</summary>
    private static string ConversationOf(string? dataSeq)
    {
        Assert.NotNull(dataSeq);
        return dataSeq[..dataSeq.LastIndexOf(':')];
    }
}
