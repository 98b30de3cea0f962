using ContactCenter.E2E.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.WebChat;

/// <summary>
/// Files in the widget, in real Chromium on the insurer's page under its strict CSP: the visitor attaches a file with
/// the keyboard, the agent sees it through the API and downloads the same bytes, and the visitor downloads it back;
/// the agent replies with a file and the widget shows a button that downloads it.
/// </summary>
public sealed class WebChatFileTests(ITestOutputHelper log)
{
    private const float Patience = 60_000;

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Widget_VisitorAttachesAFile_AgentDownloadsTheSameBytesAndSoDoesTheVisitor()
    {
        await using var host = await WebChatHost.StartAsync();
        using var client = host.CreateAdminClient();
        var desk = new AgentDesk(client);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "es-CO", AcceptDownloads = true });
        await InsurerPage.RouteAsync(context, host.BaseAddress, "autos");
        var page = await context.NewPageAsync();
        var choosers = new FileChoosers(page);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            log.WriteLine($"console {message.Type}: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chatear con nosotros" }).ClickAsync(new LocatorClickOptions { Timeout = Patience });
        await page.GetByLabel("Nombre").FillAsync("Ana Mora");
        await page.GetByLabel("¿En qué le podemos ayudar?").FillAsync("Le envío la póliza");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Iniciar chat" }).ClickAsync();
        var conversation = page.GetByRole(AriaRole.Log, new PageGetByRoleOptions { Name = "Conversación" });
        await conversation.Locator("[data-seq]").Filter(new LocatorFilterOptions { HasText = "Le envío la póliza" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        // Keyboard: focus the attach button and press Enter; the browser's file chooser opens.
        var attach = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Adjuntar un archivo" });
        await Assertions.Expect(attach).ToBeEnabledAsync(new() { Timeout = Patience });
        await attach.FocusAsync();
        await Assertions.Expect(attach).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var chooser = await choosers.NextAsync(TimeSpan.FromMilliseconds(Patience));
        await chooser.SetFilesAsync(new FilePayload { Name = "póliza 2026.pdf", MimeType = "application/pdf", Buffer = Pdf });
        var downloadButton = conversation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Descargar póliza 2026.pdf" });
        await downloadButton.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        var conversationId = (await desk.ConversationIdsAsync()).Single();
        var message = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("attachments").GetArrayLength() == 1);
        var attachment = message.GetProperty("attachments")[0];
        var agentBytes = await client.GetByteArrayAsync(new Uri($"/api/v1/conversations/{conversationId}/attachments/{attachment.GetProperty("id").GetString()}", UriKind.Relative));
        var download = await page.RunAndWaitForDownloadAsync(() => downloadButton.ClickAsync());
        var visitorBytes = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.Equal(("póliza 2026.pdf", "application/pdf"), (attachment.GetProperty("fileName").GetString(), attachment.GetProperty("contentType").GetString()));
        Assert.Equal(Pdf, agentBytes);
        Assert.Equal(Pdf, visitorBytes);
        Assert.Equal("póliza 2026.pdf", download.SuggestedFilename);
        Assert.Empty(problems);
        await desk.CloseAsync(conversationId);
    }

    [Fact]
    public async Task Widget_AgentRepliesWithAFile_VisitorDownloadsTheSameBytes()
    {
        await using var host = await WebChatHost.StartAsync();
        using var client = host.CreateAdminClient();
        var desk = new AgentDesk(client);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "es-CO", AcceptDownloads = true });
        await InsurerPage.RouteAsync(context, host.BaseAddress, "autos");
        var page = await context.NewPageAsync();
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            await page.GotoAsync(InsurerPage.Url, new PageGotoOptions { Timeout = Patience });
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chatear con nosotros" }).ClickAsync(new LocatorClickOptions { Timeout = Patience });
            await page.GetByLabel("Nombre").FillAsync("Ana Mora");
            await page.GetByLabel("¿En qué le podemos ayudar?").FillAsync("¿Me envía la póliza?");
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Iniciar chat" }).ClickAsync();
            var conversation = page.GetByRole(AriaRole.Log, new PageGetByRoleOptions { Name = "Conversación" });
            await conversation.Locator("[data-seq]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            var conversationId = (await desk.ConversationIdsAsync()).Single();
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");

            var (status, _) = await desk.ReplyWithFileAsync(conversationId, "agent1", "Aquí la tiene", "rf-1", Pdf, "póliza.pdf", "application/pdf");
            var button = conversation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Descargar póliza.pdf" });
            await button.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
            var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());

            Assert.Equal(System.Net.HttpStatusCode.OK, status);
            Assert.Equal(Pdf, await File.ReadAllBytesAsync(await download.PathAsync()));
            Assert.Equal("póliza.pdf", download.SuggestedFilename);
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }
}
