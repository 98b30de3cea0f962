using System.Globalization;
using System.Net;
using System.Text.Json;
using ContactCenter.Kernel.Audit;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Transcripts;

/// <summary>
/// Transcripts by email against the real host and real mail servers (Postfix over SMTP, read back from Dovecot over
/// IMAP): the mail holds what the visitor saw — HTML-escaped, agent display names, file names, times in the inbox's
/// time zone — and never a private note; the ugly requests are refused and send nothing.
/// </summary>
public sealed class WebChatTranscriptTests(WebChatMailHostFixture fixture) : IClassFixture<WebChatMailHostFixture>
{
    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

    [Fact]
    public async Task Transcript_DuringAndAfterTheChat_HoldsWhatTheVisitorSawEscapedAndNoPrivateNote()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        var desk = new AgentDesk(admin);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
            var session = (await widget.HelloAsync("autos")).GetProperty("session").GetString()!;
            await widget.SendAsync(new { type = "message", id = "t-1", text = "Choqué <b>el carro</b> & \"algo\"", name = "Carla", email = "carla@cliente.test" });
            var conversationId = (await widget.NextAsync("ack")).GetProperty("conversationId").GetString()!;
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            await desk.ReplyAsync(conversationId, "agent1", "Con gusto <script>alert(1)</script>", "r-1");
            await desk.PostAsync($"/api/v1/conversations/{conversationId}/messages", new { agentId = "agent1", text = "NOTA PRIVADA: revisar póliza", clientMessageId = "n-1", note = true });
            var (uploaded, _) = await new VisitorFileClient(anonymous, session).UploadAsync("póliza"u8.ToArray(), "text/plain", "poliza & anexo.txt", "up-1");
            var messages = await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages");
            var transcripts = new VisitorTranscriptClient(anonymous, session);

            var (status, body) = await transcripts.RequestAsync(conversationId, "carla@cliente.test");
            var mail = await fixture.Mail.WaitForAsync("carla@cliente.test", "INBOX", m => m.Subject != null && m.Subject.StartsWith("Transcripción", StringComparison.Ordinal));
            await desk.CloseAsync(conversationId);
            var (afterStatus, afterBody) = await transcripts.RequestAsync(conversationId, "carla@cliente.test", "en");
            var english = await fixture.Mail.WaitForAsync("carla@cliente.test", "INBOX", m => m.Subject != null && m.Subject.StartsWith("Transcript of", StringComparison.Ordinal));

            Assert.Equal(HttpStatusCode.OK, uploaded);
            // The API shows everything: the visitor's message, the agent-joined activity, the reply, the private note and the file.
            Assert.Equal(["Incoming", "Activity", "Outgoing", "PrivateNote", "Incoming"], messages.EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
            Assert.Equal((HttpStatusCode.OK, "transcript-sent", 2), (status, body.GetProperty("type").GetString(), body.GetProperty("remaining").GetInt32()));
            Assert.Equal((HttpStatusCode.OK, 1), (afterStatus, afterBody.GetProperty("remaining").GetInt32()));
            Assert.Equal(WebChatMailHostFixture.From, mail.From.Mailboxes.Single().Address);
            Assert.Equal("carla@cliente.test", mail.To.Mailboxes.Single().Address);
            var first = Local(messages[0]);
            var reply = Local(messages[2]);
            var text = mail.TextBody;
            Assert.Contains($"[{first}] Usted: Choqué <b>el carro</b> & \"algo\"", text, StringComparison.Ordinal);
            Assert.Contains($"[{reply}] {WebChatMailHostFixture.AgentName}: Con gusto <script>alert(1)</script>", text, StringComparison.Ordinal);
            Assert.Contains("Archivo: poliza & anexo.txt", text, StringComparison.Ordinal);
            Assert.Contains("America/Bogota", text, StringComparison.Ordinal);
            var html = mail.HtmlBody;
            Assert.Contains("Choqué &lt;b&gt;el carro&lt;/b&gt; &amp; &quot;algo&quot;", html, StringComparison.Ordinal);
            Assert.Contains("Con gusto &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("poliza &amp; anexo.txt", html, StringComparison.Ordinal);
            Assert.Contains($"<small>{reply}</small>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>el carro", html, StringComparison.Ordinal);
            foreach (var body2 in new[] { text, html, english.TextBody, english.HtmlBody })
            {
                Assert.DoesNotContain("NOTA PRIVADA", body2, StringComparison.Ordinal);
                Assert.DoesNotContain("agent-joined", body2, StringComparison.Ordinal);
                Assert.DoesNotContain("conversation-closed", body2, StringComparison.Ordinal);
            }

            Assert.Contains($"[{first}] You: Choqué <b>el carro</b>", english.TextBody, StringComparison.Ordinal);
            Assert.Contains("File: poliza & anexo.txt", english.TextBody, StringComparison.Ordinal);

            // Audited with the recipient's domain only, never the address.
            var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
            var entries = await log.ReadAsync(new AuditQuery { Target = $"plugin/cc.channels.webchat/conversations/{conversationId}" }).ToListAsync();
            Assert.Equal(2, entries.Count(e => e.Action == "webchat.transcript.emailed" && e.Outcome == AuditOutcomes.Success));
            Assert.All(entries, e => Assert.Contains("cliente.test", e.Detail, StringComparison.Ordinal));
            Assert.DoesNotContain("carla@", JsonSerializer.Serialize(await log.ReadAsync(new AuditQuery()).ToListAsync()), StringComparison.Ordinal);

            // Each transcript sent is an automatic activity of the conversation, in both languages (the agent reads theirs),
            // audited by the kernel; the visitor's widget shows the one sent during the chat in the visitor's language.
            var activities = (await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray()
                .Where(m => m.GetProperty("automatic").GetBoolean()).ToList();
            Assert.Equal(2, activities.Count);
            Assert.All(activities, a => Assert.Equal(("Activity", "Transcript emailed to carla@cliente.test", "Transcripción enviada por correo a carla@cliente.test"),
                (a.GetProperty("kind").GetString(), a.GetProperty("localized").GetProperty("en").GetString(), a.GetProperty("localized").GetProperty("es").GetString())));
            var added = await log.ReadAsync(new AuditQuery { Target = $"conversation/{conversationId}", Action = "conversation.automatic.added" }).ToListAsync();
            Assert.Equal(2, added.Count);
            var shown = await widget.NextAsync("message", f => f.GetProperty("kind").GetString() == "activity" && f.GetProperty("text").GetString()!.Contains('@'));
            Assert.Equal("Transcripción enviada por correo a carla@cliente.test", shown.GetProperty("text").GetString());
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task Transcript_UglyRequests_AreRefusedAndSendNothing()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        var desk = new AgentDesk(admin);
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
        var session = (await widget.HelloAsync("salud")).GetProperty("session").GetString()!;
        await widget.SendAsync(new { type = "message", id = "u-1", text = "Quiero mi historial", name = "Darío" });
        var conversationId = (await widget.NextAsync("ack")).GetProperty("conversationId").GetString()!;
        await using var stranger = await WidgetSocket.ConnectAsync(fixture.Host);
        var strangerSession = (await stranger.HelloAsync("salud")).GetProperty("session").GetString()!;
        var visitor = new VisitorTranscriptClient(anonymous, session);

        var (noToken, noTokenBody) = await new VisitorTranscriptClient(anonymous, null).RequestAsync(conversationId, "dario@cliente.test");
        var (forged, _) = await new VisitorTranscriptClient(anonymous, new string('a', 32)).RequestAsync(conversationId, "dario@cliente.test");
        var (other, otherBody) = await new VisitorTranscriptClient(anonymous, strangerSession).RequestAsync(conversationId, "dario@cliente.test");
        var (malformed, malformedBody) = await visitor.PostAsync("{\"conversationId\": 42");
        var (noId, _) = await visitor.PostAsync("{\"email\": \"dario@cliente.test\"}");
        var bad = new List<(HttpStatusCode, string?)>();
        foreach (var address in new[] { "no-es-correo", "dario@cliente", "dario@cliente.test, elena@cliente.test", "dario@cliente.test\r\nBcc: elena@cliente.test",
            "Darío <dario@cliente.test>", "", new string('d', 250) + "@cliente.test" })
        {
            var (code, refusal) = await visitor.RequestAsync(conversationId, address);
            bad.Add((code, refusal.GetProperty("code").GetString()));
        }

        var (missing, _) = await visitor.RequestAsync(conversationId, null);
        var (failed, failedBody) = await visitor.RequestAsync(conversationId, "nadie@desconocido.test");
        var accepted = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var (ok, sent) = await visitor.RequestAsync(conversationId, "dario@cliente.test");
            Assert.Equal(HttpStatusCode.OK, ok);
            accepted.Add(sent.GetProperty("remaining").GetInt32());
        }

        var (over, overBody) = await visitor.RequestAsync(conversationId, "dario@cliente.test", "en");
        await WaitForCountAsync("dario@cliente.test", 3);
        var delivered = await fixture.Mail.ReadAllAsync("dario@cliente.test", "INBOX");
        var elena = await fixture.Mail.ReadAllAsync("elena@cliente.test", "INBOX");
        await desk.CloseAsync(conversationId);

        Assert.Equal((HttpStatusCode.Unauthorized, "session-required"), (noToken, noTokenBody.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal((HttpStatusCode.NotFound, "conversation-not-found"), (other, otherBody.GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid"), (malformed, malformedBody.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, noId);
        Assert.All(bad, b => Assert.Equal((HttpStatusCode.BadRequest, "email-invalid"), b));
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal((HttpStatusCode.BadGateway, "transcript-failed"), (failed, failedBody.GetProperty("code").GetString()));
        Assert.Equal("No pudimos enviar el correo; inténtelo de nuevo más tarde.", failedBody.GetProperty("message").GetString());
        Assert.Equal([2, 1, 0], accepted); // the failed send gave its slot back
        Assert.Equal((HttpStatusCode.TooManyRequests, "transcript-limit"), (over, overBody.GetProperty("code").GetString()));
        Assert.Equal("The transcript of this conversation was already sent the maximum number of times.", overBody.GetProperty("message").GetString());
        Assert.Equal(3, delivered.Count);
        Assert.All(delivered, m => Assert.Equal("dario@cliente.test", Assert.Single(m.To.Mailboxes).Address));
        Assert.Empty(elena);
        var audited = await fixture.Host.App.Services.GetRequiredService<IAuditLog>()
            .ReadAsync(new AuditQuery { Target = $"plugin/cc.channels.webchat/conversations/{conversationId}" }).ToListAsync();
        Assert.Equal([AuditOutcomes.Failure, AuditOutcomes.Success, AuditOutcomes.Success, AuditOutcomes.Success], audited.Select(e => e.Outcome));
        Assert.Equal("recipient domain desconocido.test; 1 of 3", audited[0].Detail);
    }

    private async Task WaitForCountAsync(string user, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await fixture.Mail.CountAsync(user, "INBOX") < count)
        {
            Assert.False(timeout.IsCancellationRequested, $"{user} did not receive {count} mails within 30 s.\n{fixture.Servers.Logs()}");
            await Task.Delay(200);
        }
    }

    private static string Local(JsonElement message) =>
        TimeZoneInfo.ConvertTime(message.GetProperty("createdAt").GetDateTimeOffset(), Bogota).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
