using System.Text;
using System.Text.Json;
using ContactCenter.Kernel.Audit;
using ContactCenter.Plugins.Channels.Email.Tests.Inbound;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// Automatic acknowledgements (RFC 3834) on the real host and servers, through the test host's <c>acuse</c> mailbox
/// (<c>autoAck</c> on, 8 hours promised): a customer's first mail gets exactly one acknowledgement, read back over IMAP
/// with <c>Auto-Submitted: auto-replied</c>, <c>Re:</c> the subject and the threading headers; answering it continues
/// the conversation; a second new mail within the window gets none; list, automatic, bulk, robot, own-address and
/// null-return-path mail and bounces get none. Whether an acknowledgement went out is read from the audit log, which
/// the plugin writes before the mail is moved to the processed folder, so the tests wait for that move, not for time.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed class EmailAutoAckTests(EmailHostFixture fixture)
{
    [Fact]
    public async Task NewConversation_ExactlyOneAcknowledgement_WithRfc3834Headers_NoneForMoreMailInTheWindow()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        var first = ToAckMailbox(Mails.From("fabio@cliente.test", "Fabio Mora", "Granizo en el parabrisas", "El granizo me rompió el parabrisas."));

        await fixture.Mail.SendAsync(first);

        var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
        var opened = new List<string> { conversationId };
        try
        {
            Assert.Equal("cc.channels.email.acuse", (await desk.GetAsync($"/api/v1/conversations/{conversationId}")).GetProperty("inboxId").GetString());
            var ack = await fixture.Mail.WaitForAsync("fabio@cliente.test", "INBOX", m => m.InReplyTo == first.MessageId);
            Assert.Equal("auto-replied", ack.Headers[HeaderId.AutoSubmitted]);
            Assert.Equal("Re: Granizo en el parabrisas", ack.Subject);
            Assert.Equal([first.MessageId!], ack.References);
            Assert.Equal(MailServers.AckMailbox, ack.From.Mailboxes.Single().Address);
            Assert.Equal("fabio@cliente.test", ack.To.Mailboxes.Single().Address);
            Assert.Contains("Hola Fabio Mora", ack.TextBody, StringComparison.Ordinal);
            Assert.Contains("Hello Fabio Mora", ack.TextBody, StringComparison.Ordinal);
            Assert.Contains(conversationId, ack.TextBody, StringComparison.Ordinal);
            Assert.Contains("8 horas", ack.TextBody, StringComparison.Ordinal);
            Assert.Contains("«Granizo en el parabrisas»", ack.TextBody, StringComparison.Ordinal);
            var audited = Assert.Single(await AckEntriesAsync(conversationId));
            Assert.Equal(AuditOutcomes.Success, audited.Outcome);
            Assert.Contains("cliente.test", audited.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("fabio", audited.Detail, StringComparison.Ordinal);
            // The acknowledgement is in the conversation: an automatic outgoing message, as sent, after the customer's mail.
            await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("automatic").GetBoolean());
            var messages = (await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray().ToList();
            Assert.Equal(["Incoming", "Outgoing"], messages.Select(m => m.GetProperty("kind").GetString()));
            var shown = messages[1];
            Assert.Equal((true, "Sent"), (shown.GetProperty("automatic").GetBoolean(), shown.GetProperty("status").GetString()));
            Assert.Equal(ack.TextBody?.Trim(), shown.GetProperty("text").GetString());
            Assert.False(shown.TryGetProperty("agentId", out var agent) && agent.ValueKind != JsonValueKind.Null, "An automatic message has no agent.");

            // The customer answers the acknowledgement: the same conversation, and no acknowledgement of an answer.
            var answer = ToAckMailbox(Mails.From("fabio@cliente.test", "Fabio Mora", "Re: Granizo en el parabrisas", "Adjunto la placa: ABC-123."));
            answer.InReplyTo = ack.MessageId!;
            answer.References.AddRange([first.MessageId!, ack.MessageId!]);
            await fixture.Mail.SendAsync(answer);
            await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("text").GetString()!.Contains("ABC-123", StringComparison.Ordinal));
            await fixture.Mail.WaitForIdAsync(MailServers.AckMailbox, "Processed", answer.MessageId!);
            Assert.Equal([conversationId], (await desk.ConversationIdsAsync()).Except(before));

            // A second new conversation from the same sender within the window: stored, not acknowledged.
            var second = ToAckMailbox(Mails.From("fabio@cliente.test", "Fabio Mora", "Otra consulta", "¿Y la grúa?"));
            var beforeSecond = await desk.ConversationIdsAsync();
            await fixture.Mail.SendAsync(second);
            var secondId = await EmailConversationTests.WaitForNewConversationAsync(desk, beforeSecond);
            opened.Add(secondId);
            await fixture.Mail.WaitForIdAsync(MailServers.AckMailbox, "Processed", second.MessageId!);
            Assert.Empty(await AckEntriesAsync(secondId));
            Assert.DoesNotContain((await desk.GetAsync($"/api/v1/conversations/{secondId}/messages")).EnumerateArray(), m => m.GetProperty("automatic").GetBoolean());
            Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray(), m => m.GetProperty("automatic").GetBoolean());
            Assert.Single(await AckEntriesAsync(conversationId));

            var acks = (await fixture.Mail.ReadAllAsync("fabio@cliente.test", "INBOX")).Where(m => m.Headers.Contains(HeaderId.AutoSubmitted)).ToList();
            Assert.Equal([first.MessageId!], acks.Select(m => m.InReplyTo));
        }
        finally
        {
            foreach (var id in opened)
            {
                await desk.CloseAsync(id);
            }
        }
    }

    [Fact]
    public async Task Acknowledgement_GoesToTheReturnPath()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        var mail = ToAckMailbox(Mails.From("ines@cliente.test", "Inés", "Cambio de placa", "Cambié la placa del carro."));
        mail.Headers.Add(HeaderId.ReturnPath, "<hugo@cliente.test>");

        await fixture.Mail.AppendAsync(MailServers.AckMailbox, Mails.Raw(mail));

        var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
        try
        {
            var ack = await fixture.Mail.WaitForAsync("hugo@cliente.test", "INBOX", m => m.InReplyTo == mail.MessageId);
            Assert.Equal("hugo@cliente.test", ack.To.Mailboxes.Single().Address);
            Assert.Equal("auto-replied", ack.Headers[HeaderId.AutoSubmitted]);
            Assert.DoesNotContain(await fixture.Mail.ReadAllAsync("ines@cliente.test", "INBOX"), m => m.InReplyTo == mail.MessageId);
        }
        finally
        {
            await desk.CloseAsync(conversationId);
        }
    }

    [Theory]
    [InlineData("list-id")]
    [InlineData("list-unsubscribe")]
    [InlineData("auto-submitted")]
    [InlineData("precedence-bulk")]
    [InlineData("null-return-path")]
    [InlineData("noreply")]
    [InlineData("mailer-daemon")]
    [InlineData("own-address")]
    public async Task MailThatMustNotBeAnswered_Stored_NoAcknowledgement(string kind)
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        var sender = kind switch
        {
            "noreply" => "noreply@cliente.test",
            "mailer-daemon" => "MAILER-DAEMON@cliente.test",
            "own-address" => MailServers.Mailbox,
            _ => "gina@cliente.test",
        };
        var mail = ToAckMailbox(Mails.From(sender, "Remitente", $"Sin acuse {kind}", "Texto"));
        switch (kind)
        {
            case "list-id":
                mail.Headers.Add(HeaderId.ListId, "Boletín <boletin.cliente.test>");
                break;
            case "list-unsubscribe":
                mail.Headers.Add(HeaderId.ListUnsubscribe, "<mailto:baja@cliente.test>");
                break;
            case "auto-submitted":
                mail.Headers.Add(HeaderId.AutoSubmitted, "auto-generated");
                break;
            case "precedence-bulk":
                mail.Headers.Add(HeaderId.Precedence, "bulk");
                break;
            case "null-return-path":
                mail.Headers.Add(HeaderId.ReturnPath, "<>");
                break;
            default:
                break;
        }

        await fixture.Mail.AppendAsync(MailServers.AckMailbox, Mails.Raw(mail));

        var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
        try
        {
            await fixture.Mail.WaitForIdAsync(MailServers.AckMailbox, "Processed", mail.MessageId!);
            Assert.Empty(await AckEntriesAsync(conversationId));
            Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray());
        }
        finally
        {
            await desk.CloseAsync(conversationId);
        }
    }

    [Fact]
    public async Task Bounce_NoConversation_NoAcknowledgement()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        var acksBefore = (await log.ReadAsync(new AuditQuery { Action = "email.auto-ack.sent" }).ToListAsync()).Count;
        var dsn = Encoding.ASCII.GetBytes(DeliveryReportTests.Dsn($"{Guid.NewGuid():N}@elsewhere.test"));
        var dsnId = MimeMessage.Load(new MemoryStream(dsn)).MessageId!;

        await fixture.Mail.AppendAsync(MailServers.AckMailbox, dsn);

        await fixture.Mail.WaitForIdAsync(MailServers.AckMailbox, "Quarantine", dsnId);
        Assert.Empty((await desk.ConversationIdsAsync()).Except(before));
        Assert.Equal(acksBefore, (await log.ReadAsync(new AuditQuery { Action = "email.auto-ack.sent" }).ToListAsync()).Count);
    }

    private static MimeMessage ToAckMailbox(MimeMessage mail)
    {
        mail.To.Clear();
        mail.To.Add(MailboxAddress.Parse(MailServers.AckMailbox));
        return mail;
    }

    private async Task<List<AuditRecord>> AckEntriesAsync(string conversationId) =>
        await fixture.Host.App.Services.GetRequiredService<IAuditLog>()
            .ReadAsync(new AuditQuery { Target = $"plugin/cc.channels.email/conversation/{conversationId}", Action = "email.auto-ack.sent" }).ToListAsync();
}
