using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// An agent's files on real mail servers: the reply goes out through Postfix as a multipart mail and is read back from
/// the customer's Dovecot mailbox with the same bytes and names (RFC 2231 for a non-ASCII one) and unchanged threading;
/// files over the configured total are refused before anything is sent.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed partial class EmailAttachmentTests(EmailHostFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Notes = Encoding.UTF8.GetBytes("Número de póliza: 123-456\nVigencia: 2026\n");

    [Fact]
    public async Task Reply_WithTwoFiles_ReadBackOverImapWithTheirBytesNamesAndThreading()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            var before = await desk.ConversationIdsAsync();
            var first = Mails.FromCustomer("dario", "Póliza", "¿Me envían la póliza?");
            await fixture.Mail.SendAsync(first);
            var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");

            var (status, reply) = await ReplyWithFilesAsync(client, conversationId, "agent1", "Adjunto la póliza y las notas.", "email-f-1",
                (Pdf, "Póliza ñandú.pdf", "application/pdf"), (Notes, "notas.txt", "text/plain"));

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Sent", reply.GetProperty("status").GetString());
            var received = await fixture.Mail.WaitForAsync("dario@cliente.test", "INBOX", m => m.InReplyTo == first.MessageId);
            Assert.Equal(("Re: Póliza", first.MessageId), (received.Subject, received.InReplyTo));
            Assert.Equal([first.MessageId!], received.References);
            Assert.Contains("Adjunto la póliza y las notas.", received.TextBody, StringComparison.Ordinal);
            Assert.Contains("Kind regards", received.TextBody, StringComparison.Ordinal);
            var files = received.Attachments.OfType<MimePart>().ToList();
            Assert.Equal(["Póliza ñandú.pdf", "notas.txt"], files.Select(f => f.FileName));
            Assert.Equal(["application/pdf", "text/plain"], files.Select(f => f.ContentType.MimeType));
            Assert.Equal(Pdf, Decoded(files[0]));
            Assert.Equal(Notes, Decoded(files[1]));

            // The non-ASCII name travels as an RFC 2231 parameter (MimeKit may choose either charset), never as raw 8-bit.
            var disposition = Encoding.ASCII.GetString(files[0].Headers.First(h => h.Id == HeaderId.ContentDisposition).RawValue);
            Assert.Matches(Rfc2231FileName(), disposition);
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task Reply_FilesOverMaxAttachmentBytes_FailedWithTheReasonAndNothingSent()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent2", "available");
        try
        {
            var before = await desk.ConversationIdsAsync();
            var first = Mails.FromCustomer("elena", "Fotos", "¿Reciben documentos grandes?");
            await fixture.Mail.SendAsync(first);
            var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
            await desk.TakeWhenOfferedAsync(conversationId, "agent2");
            var big = new byte[EmailHostFixture.MaxAttachmentBytes + 1];
            Pdf.CopyTo(big, 0);

            var (status, refused) = await ReplyWithFilesAsync(client, conversationId, "agent2", "Aquí va", "email-f-2", (big, "grande.pdf", "application/pdf"));

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Failed", refused.GetProperty("status").GetString());
            Assert.Contains(EmailHostFixture.MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                refused.GetProperty("failureReason").GetString(), StringComparison.Ordinal);

            // A reply after it arrives alone: the refused one never reached the server.
            var (okStatus, ok) = await ReplyWithFilesAsync(client, conversationId, "agent2", "Mejor en partes.", "email-f-3", (Notes, "notas.txt", "text/plain"));
            Assert.Equal((HttpStatusCode.OK, "Sent"), (okStatus, ok.GetProperty("status").GetString()));
            var received = await fixture.Mail.WaitForAsync("elena@cliente.test", "INBOX", m => m.InReplyTo == first.MessageId);
            Assert.Contains("Mejor en partes.", received.TextBody, StringComparison.Ordinal);
            Assert.Single(await fixture.Mail.ReadAllAsync("elena@cliente.test", "INBOX"), m => m.InReplyTo == first.MessageId);
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent2", "offline");
        }
    }

    private static byte[] Decoded(MimePart part)
    {
        using var buffer = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(buffer);
        return buffer.ToArray();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReplyWithFilesAsync(HttpClient client, string conversationId, string agentId, string text,
        string clientMessageId, params (byte[] Content, string FileName, string ContentType)[] files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(agentId), "agentId" },
            { new StringContent(clientMessageId), "clientMessageId" },
            { new StringContent(text), "text" },
        };
        foreach (var (content, fileName, contentType) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            form.Add(part, "files", fileName);
        }

        using var response = await client.PostAsync(new Uri($"/api/v1/conversations/{conversationId}/messages", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    [GeneratedRegex(@"filename\*(0\*)?=(utf-8|iso-8859-1)''", RegexOptions.IgnoreCase)]
    private static partial Regex Rfc2231FileName();
}
