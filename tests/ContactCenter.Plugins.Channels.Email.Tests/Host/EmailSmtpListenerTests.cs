using System.Text;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// The SMTP listener on the real host: mail delivered to it with MailKit over loopback (STARTTLS with the test
/// certificate) goes through the same ingestion as IMAP mail (conversation, threading by In-Reply-To, one message per
/// Message-ID); what it refuses (unknown recipient, oversize, not a mail) is answered at once and stores nothing.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed class EmailSmtpListenerTests(EmailHostFixture fixture)
{
    [Fact]
    public async Task Delivered_OverStartTls_BecomesAConversation_InReplyToContinuesIt_SameMessageIdStoredOnce()
    {
        using var http = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(http);
        var before = await desk.ConversationIdsAsync();
        var first = ToAutos("lia", "Robo del vehículo", "Me robaron el carro anoche.");

        using (var client = await ConnectAsync())
        {
            Assert.True(client.IsSecure);
            Assert.Equal(EmailHostFixture.ListenerMaxBytes, (int)client.MaxSize);
            await client.SendAsync(first);
            await client.DisconnectAsync(true);
        }

        var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
        try
        {
            await FollowUpAsync(desk, before, conversationId, first);
        }
        finally
        {
            await desk.CloseAsync(conversationId);
        }
    }

    private async Task FollowUpAsync(AgentDesk desk, IReadOnlyList<string> before, string conversationId, MimeMessage first)
    {
        var conversation = await desk.GetAsync($"/api/v1/conversations/{conversationId}");
        Assert.Equal("cc.channels.email.autos", conversation.GetProperty("inboxId").GetString());
        var stored = Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray());
        Assert.Contains("Me robaron el carro", stored.GetProperty("text").GetString(), StringComparison.Ordinal);

        // The same Message-ID again (a sender retrying after a lost 250): accepted, nothing new.
        await SendAsync(first);
        var answer = ToAutos("lia", "Re: Robo del vehículo", "Ya puse la denuncia.");
        answer.InReplyTo = first.MessageId;
        await SendAsync(answer);

        var continued = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("text").GetString()!.Contains("puse la denuncia", StringComparison.Ordinal));
        Assert.Equal("Incoming", continued.GetProperty("kind").GetString());
        Assert.Equal(2, (await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).GetArrayLength());
        Assert.Equal([conversationId], (await desk.ConversationIdsAsync()).Except(before));
    }

    [Fact]
    public async Task UnknownRecipient_550_5_1_1_AndNothingStored()
    {
        using var http = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(http);
        var before = await desk.ConversationIdsAsync();
        var mail = Mails.FromCustomer("memo", "Consulta", "¿Atienden sábados?");
        mail.To.Clear();
        mail.To.Add(MailboxAddress.Parse("ventas@aseguradora.test"));

        using var client = await ConnectAsync();
        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() => client.SendAsync(mail));

        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, refused.ErrorCode);
        Assert.Equal(550, (int)refused.StatusCode);
        Assert.StartsWith("5.1.1", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await desk.ConversationIdsAsync());
    }

    [Fact]
    public async Task Oversize_552ForSizeAndForData_AndNothingStored()
    {
        using var http = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(http);
        var before = await desk.ConversationIdsAsync();
        var big = Mails.Raw(ToAutos("nico", "Fotos", new string('x', EmailHostFixture.ListenerMaxBytes + 1000)));

        await using var wire = await SmtpWire.ConnectAsync(fixture.Listener);
        Assert.Contains($"SIZE {EmailHostFixture.ListenerMaxBytes}", await wire.CommandAsync("EHLO cliente.test"), StringComparison.Ordinal);
        Assert.StartsWith("552", await wire.CommandAsync($"MAIL FROM:<nico@cliente.test> SIZE={big.Length}"), StringComparison.Ordinal);
        await wire.BeginDataAsync("nico@cliente.test", "autos@aseguradora.test");
        Assert.StartsWith("552", await wire.DataAsync(big), StringComparison.Ordinal);

        Assert.Equal(before, await desk.ConversationIdsAsync());
    }

    [Theory]
    [InlineData("garbage", "not a MIME message")]
    [InlineData("no-sender", "no valid sender address in From")]
    public async Task NotAMailOrNoSender_554_5_6_0_WithTheReason_AndNothingStored(string kind, string reason)
    {
        using var http = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(http);
        var before = await desk.ConversationIdsAsync();
        var content = kind == "garbage"
            ? Encoding.ASCII.GetBytes("\u0001\u0002 esto no es un correo\r\n\u0003\u0004 ni tiene cabeceras")
            : Encoding.ASCII.GetBytes($"To: autos@aseguradora.test\r\nSubject: sin remitente\r\nMessage-ID: <{Guid.NewGuid():N}@cliente.test>\r\n\r\nHola\r\n");

        await using var wire = await SmtpWire.ConnectAsync(fixture.Listener);
        await wire.CommandAsync("EHLO cliente.test");
        await wire.BeginDataAsync("ana@cliente.test", "autos@aseguradora.test");
        var reply = await wire.DataAsync(content);

        Assert.StartsWith("554 5.6.0", reply, StringComparison.Ordinal);
        Assert.Contains(reason, reply, StringComparison.Ordinal);
        Assert.Equal(before, await desk.ConversationIdsAsync());
    }

    private async Task<SmtpClient> ConnectAsync()
    {
        var client = new SmtpClient { ServerCertificateValidationCallback = (_, presented, _, _) => fixture.ListenerCertificate.IsThis(presented) };
        await client.ConnectAsync(fixture.Listener.Address.ToString(), fixture.Listener.Port, SecureSocketOptions.StartTls);
        return client;
    }

    private async Task SendAsync(MimeMessage mail)
    {
        using var client = await ConnectAsync();
        await client.SendAsync(mail);
        await client.DisconnectAsync(true);
    }

    private static MimeMessage ToAutos(string customer, string subject, string text)
    {
        var mail = Mails.FromCustomer(customer, subject, text);
        mail.To.Clear();
        mail.To.Add(MailboxAddress.Parse("autos@aseguradora.test"));
        return mail;
    }
}
