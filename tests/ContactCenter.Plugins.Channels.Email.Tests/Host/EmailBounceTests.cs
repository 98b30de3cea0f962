using System.Text;
using ContactCenter.Plugins.Channels.Email.Tests.Inbound;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// Bounces on the real host and servers: a delivery-status notification for a reply the agent sent marks that reply
/// Failed with the report's status and diagnostic as the reason the agent reads, and creates no conversation; one
/// naming no mail of ours is quarantined, nothing created. One bounce is a real one: Postfix accepts a reply to an
/// address Dovecot does not know, Dovecot's LMTP refuses it, and Postfix returns its own RFC 3464 report to the mailbox.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed class EmailBounceTests(EmailHostFixture fixture)
{
    [Fact]
    public async Task BounceForASentReply_MarksItFailed_NoConversationCreated()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            var before = await desk.ConversationIdsAsync();
            var first = Mails.FromCustomer("ana", "Rebote", "Mi buzón está por cerrarse.");
            await fixture.Mail.SendAsync(first);
            var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            var reply = await desk.ReplyAsync(conversationId, "agent1", "Le respondemos por aquí.", "email-bounce-1");
            Assert.Equal("Sent", reply.GetProperty("status").GetString());
            var received = await fixture.Mail.WaitForAsync("ana@cliente.test", "INBOX", m => m.InReplyTo == first.MessageId);

            var dsn = DeliveryReportTests.Dsn(received.MessageId!);
            await fixture.Mail.AppendAsync(MailServers.Mailbox, Encoding.ASCII.GetBytes(dsn));

            var replyId = reply.GetProperty("id").GetString();
            var failed = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("id").GetString() == replyId && m.GetProperty("status").GetString() == "Failed");
            Assert.Equal("Outgoing", failed.GetProperty("kind").GetString());
            Assert.Equal("El correo rebotó / The mail bounced: 5.1.1 (smtp; 550 5.1.1 <…@cliente.test>: Recipient address rejected: User unknown)",
                failed.GetProperty("failureReason").GetString());
            Assert.Equal([conversationId], (await desk.ConversationIdsAsync()).Except(before));
            var messages = (await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray().ToList();
            Assert.Single(messages, m => m.GetProperty("kind").GetString() == "Incoming");
            Assert.DoesNotContain(messages, m => m.GetProperty("text").GetString()!.Contains("Undelivered", StringComparison.Ordinal));
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task RealBounceFromPostfix_MarksTheReplyFailedWithItsReason()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            // Dovecot has no user 'nadie': Postfix takes the reply (any address of the domain), LMTP refuses it for good.
            var before = await desk.ConversationIdsAsync();
            var first = Mails.From("nadie@cliente.test", "Nadie", "Buzón inexistente", "Respóndame a esta dirección.");
            await fixture.Mail.SendAsync(first);
            var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            var reply = await desk.ReplyAsync(conversationId, "agent1", "Le escribimos a la dirección que nos dio.", "email-real-bounce-1");
            Assert.Equal("Sent", reply.GetProperty("status").GetString());

            var replyId = reply.GetProperty("id").GetString();
            var failed = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("id").GetString() == replyId && m.GetProperty("status").GetString() == "Failed");
            var reason = failed.GetProperty("failureReason").GetString()!;
            Assert.StartsWith("El correo rebotó / The mail bounced: 5.1.1 (", reason, StringComparison.Ordinal);
            Assert.DoesNotContain("nadie", reason, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("…@cliente.test", reason, StringComparison.Ordinal);
            Assert.InRange(reason.Length, 1, 500);
            Assert.Equal([conversationId], (await desk.ConversationIdsAsync()).Except(before));
            Assert.DoesNotContain((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray(),
                m => m.GetProperty("text").GetString()!.Contains("Undelivered", StringComparison.OrdinalIgnoreCase));
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task BounceForNoMailOfOurs_Quarantined_NothingCreated()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        var dsn = DeliveryReportTests.Dsn($"{Guid.NewGuid():N}@elsewhere.test");
        var dsnId = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(dsn))).MessageId!;

        await fixture.Mail.AppendAsync(MailServers.Mailbox, Encoding.ASCII.GetBytes(dsn));

        await fixture.Mail.WaitForIdAsync(MailServers.Mailbox, "Quarantine", dsnId);
        Assert.Empty((await desk.ConversationIdsAsync()).Except(before));
    }
}
