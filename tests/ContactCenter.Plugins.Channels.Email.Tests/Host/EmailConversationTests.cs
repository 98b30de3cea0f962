using System.Text.Json;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// The channel end to end on the real host and real mail servers: a customer's mail sent through Postfix becomes a
/// routed conversation, the agent's reply goes out through Postfix and is read back from the customer's mailbox on
/// Dovecot with the right threading headers, and the customer's answer to it continues the same conversation.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed class EmailConversationTests(EmailHostFixture fixture)
{
    [Fact]
    public async Task CustomerMail_RoutedAndAnswered_ReplyReadBackWithThreadingAndTheAnswerContinuesTheConversation()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            var before = await desk.ConversationIdsAsync();
            var first = Mails.FromCustomer("ana", "Choque en Escazú", "Buenas, choqué el carro esta mañana.");
            await fixture.Mail.SendAsync(first);
            var conversationId = await WaitForNewConversationAsync(desk, before);

            var conversation = await desk.GetAsync($"/api/v1/conversations/{conversationId}");
            Assert.Equal("cc.channels.email.autos", conversation.GetProperty("inboxId").GetString());
            Assert.False(string.IsNullOrEmpty(conversation.GetProperty("contactId").GetString()));
            var incoming = Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray());
            Assert.Contains("Choque en Escazú", incoming.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("choqué el carro", incoming.GetProperty("text").GetString(), StringComparison.Ordinal);

            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            var reply = await desk.ReplyAsync(conversationId, "agent1", "Con gusto le ayudamos con el reclamo.", "email-r-1");
            Assert.Equal("Sent", reply.GetProperty("status").GetString());

            var received = await fixture.Mail.WaitForAsync("ana@cliente.test", "INBOX", m => m.InReplyTo == first.MessageId);
            Assert.Equal("Re: Choque en Escazú", received.Subject);
            Assert.Equal([first.MessageId!], received.References);
            Assert.Equal(MailServers.Mailbox, received.From.Mailboxes.Single().Address);
            Assert.Contains("Con gusto le ayudamos con el reclamo.", received.TextBody, StringComparison.Ordinal);
            Assert.Contains("Atentamente", received.TextBody, StringComparison.Ordinal);
            Assert.Contains("Kind regards", received.TextBody, StringComparison.Ordinal);

            // The customer answers the agent's mail: the same conversation, no new one.
            var answer = Mails.FromCustomer("ana", "Re: Choque en Escazú", "Gracias, adjunto el número de póliza.");
            answer.InReplyTo = received.MessageId!;
            answer.References.AddRange([first.MessageId!, received.MessageId!]);
            await fixture.Mail.SendAsync(answer);
            var continued = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("text").GetString()!.Contains("número de póliza", StringComparison.Ordinal));
            Assert.Equal("Incoming", continued.GetProperty("kind").GetString());
            Assert.Equal([conversationId], (await desk.ConversationIdsAsync()).Except(before));
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task Reply_ToAnAddressTheServerRefuses_KeptAsFailedWithTheReason()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent2", "available");
        try
        {
            var before = await desk.ConversationIdsAsync();
            var mail = Mails.From("eva@desconocido.test", "Eva", "Consulta", "¿Cubre granizo?");
            await fixture.Mail.AppendAsync(MailServers.Mailbox, Mails.Raw(mail));
            var conversationId = await WaitForNewConversationAsync(desk, before);
            await desk.TakeWhenOfferedAsync(conversationId, "agent2");

            var reply = await desk.ReplyAsync(conversationId, "agent2", "Sí, lo cubre.", "email-r-2");

            Assert.Equal("Failed", reply.GetProperty("status").GetString());
            Assert.Contains("554", reply.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent2", "offline");
        }
    }

    internal static async Task<string> WaitForNewConversationAsync(AgentDesk desk, IReadOnlyList<string> before)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var added = (await desk.ConversationIdsAsync()).Except(before).ToList();
            if (added.Count > 0)
            {
                return Assert.Single(added);
            }

            Assert.False(timeout.IsCancellationRequested, "The mail did not become a conversation within 30 s.");
            await Task.Delay(100);
        }
    }
}
