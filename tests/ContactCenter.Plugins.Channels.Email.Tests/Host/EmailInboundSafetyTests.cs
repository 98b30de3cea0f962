using System.Text;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// What must never create twice or half: the same mail delivered again (a server's redelivery, a poll restarted
/// before the move) is one message; mail without a usable sender or over the size limit goes to the quarantine folder
/// and creates nothing.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed class EmailInboundSafetyTests(EmailHostFixture fixture)
{
    [Fact]
    public async Task SameMail_DeliveredTwice_OneConversationWithOneMessage()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        var raw = Mails.Raw(Mails.FromCustomer("beto", "Póliza", "¿Cuándo vence mi póliza?"));

        await fixture.Mail.AppendAsync(MailServers.Mailbox, raw);
        var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
        try
        {
            await fixture.Mail.AppendAsync(MailServers.Mailbox, raw);
            await WaitForInboxEmptyAsync();

            Assert.Equal([conversationId], (await desk.ConversationIdsAsync()).Except(before));
            Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray());
            var processed = await fixture.Mail.ReadAllAsync(MailServers.Mailbox, "Processed");
            Assert.True(processed.Count(m => m.Subject == "Póliza") >= 2, "Both deliveries were moved to Processed once stored.");
        }
        finally
        {
            await desk.CloseAsync(conversationId);
        }
    }

    [Theory]
    [InlineData("no-sender")]
    [InlineData("bad-sender")]
    [InlineData("oversized")]
    public async Task UnusableMail_Quarantined_NothingCreated(string kind)
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        var mail = Mails.FromCustomer("carla", $"Cuarentena {kind}", "Hola");
        switch (kind)
        {
            case "no-sender":
                mail.From.Clear();
                break;
            case "bad-sender":
                mail.Headers.Replace(HeaderId.From, "no es una dirección");
                break;
            default:
                // Over the plugin's default limit of 10 MiB: refused from its RFC822.SIZE before it is downloaded.
                mail.Body = new TextPart("plain") { Text = new StringBuilder().Insert(0, "0123456789abcdef0123456789abcdef0123456789abcdef012345678\n", 190_000).ToString() };
                break;
        }

        await fixture.Mail.AppendAsync(MailServers.Mailbox, Mails.Raw(mail));

        await fixture.Mail.WaitForIdAsync(MailServers.Mailbox, "Quarantine", mail.MessageId!);
        Assert.Empty((await desk.ConversationIdsAsync()).Except(before));
    }

    private async Task WaitForInboxEmptyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await fixture.Mail.CountAsync(MailServers.Mailbox, "INBOX") > 0)
        {
            Assert.False(timeout.IsCancellationRequested, "The mailbox's INBOX was not drained within 30 s.");
            await Task.Delay(100);
        }
    }
}
