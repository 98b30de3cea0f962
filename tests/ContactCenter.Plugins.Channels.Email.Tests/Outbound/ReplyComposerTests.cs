using ContactCenter.Plugins.Channels.Email.Outbound;
using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Threads;

namespace ContactCenter.Plugins.Channels.Email.Tests.Outbound;

public sealed class ReplyComposerTests
{
    private static readonly MailboxBinding Mailbox = new("autos", "autos@aseguradora.test", "Seguros de autos", "autos", "autos-general");

    [Fact]
    public void Compose_AnswersTheNewestMessageWithTheThreadsReferencesAndTheSignature()
    {
        var thread = new MailThread("autos", "t1", "ana@cliente.test", "Choque", "a2@aseguradora.test", ["c1@cliente.test", "a2@aseguradora.test"]);
        using var mail = ReplyComposer.Compose(Mailbox, thread, "r@aseguradora.test", "Listo.", "Atentamente\n\nKind regards", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        Assert.Equal(("Re: Choque", "a2@aseguradora.test", "r@aseguradora.test"), (mail.Subject, mail.InReplyTo, mail.MessageId));
        Assert.Equal(["c1@cliente.test", "a2@aseguradora.test"], mail.References);
        Assert.Equal("ana@cliente.test", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal(("Seguros de autos", "autos@aseguradora.test"), (Assert.Single(mail.From.Mailboxes).Name, mail.From.Mailboxes.Single().Address));
        Assert.Equal("Listo.\n\n-- \nAtentamente\n\nKind regards", mail.TextBody?.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Compose_WithFilesAndNoText_MultipartMixedSignatureFirstThenBase64AttachmentsSameThreading()
    {
        var thread = new MailThread("autos", "t1", "ana@cliente.test", "Choque", "a2@aseguradora.test", ["c1@cliente.test"]);
        byte[] pdf = [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', 0, 255];

        using var mail = ReplyComposer.Compose(Mailbox, thread, "r@aseguradora.test", "", [new MailAttachment("Añoranza 日本.pdf", "application/pdf", pdf)], "Atentamente",
            new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        using var raw = new MemoryStream();
        mail.WriteTo(raw);
        raw.Position = 0;
        using var parsed = MimeKit.MimeMessage.Load(raw);

        var mixed = Assert.IsType<MimeKit.Multipart>(parsed.Body);
        Assert.Equal(("mixed", "a2@aseguradora.test"), (mixed.ContentType.MediaSubtype, parsed.InReplyTo));
        Assert.Equal("-- \nAtentamente", parsed.TextBody?.ReplaceLineEndings("\n"));
        var file = Assert.Single(parsed.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal(("Añoranza 日本.pdf", MimeKit.ContentEncoding.Base64, "application/pdf"), (file.FileName, file.ContentTransferEncoding, file.ContentType.MimeType));
        using var content = new MemoryStream();
        file.Content!.DecodeTo(content);
        Assert.Equal(pdf, content.ToArray());
        Assert.Contains("filename*", System.Text.Encoding.ASCII.GetString(file.Headers.First(h => h.Id == MimeKit.HeaderId.ContentDisposition).RawValue),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Choque", "Re: Choque")]
    [InlineData("RE: Choque", "RE: Choque")]
    [InlineData("", "Re: Su consulta / Your enquiry")]
    public void ReplySubject_NeverStacksRe(string subject, string expected) => Assert.Equal(expected, ReplyComposer.ReplySubject(subject));

    [Fact]
    public void MessageIdFor_StablePerMessageAndInTheMailboxDomain()
    {
        var id = ReplyComposer.MessageIdFor(Mailbox, "conv-1.4");

        Assert.Equal(id, ReplyComposer.MessageIdFor(Mailbox, "conv-1.4"));
        Assert.NotEqual(id, ReplyComposer.MessageIdFor(Mailbox, "conv-1.5"));
        Assert.EndsWith("@aseguradora.test", id, StringComparison.Ordinal);
    }
}
