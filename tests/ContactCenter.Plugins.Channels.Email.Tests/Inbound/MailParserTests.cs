using System.Text;
using ContactCenter.Plugins.Channels.Email.Inbound;

namespace ContactCenter.Plugins.Channels.Email.Tests.Inbound;

public sealed class MailParserTests
{
    private static byte[] Mail(string headers, string body = "Hola") => Encoding.UTF8.GetBytes(headers.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n\r\n" + body);

    [Fact]
    public void Parse_Reply_ParentsAreInReplyToThenReferencesNewestFirst()
    {
        var (mail, refusal) = MailParser.Parse(Mail("From: Ana <Ana@Cliente.test>\nSubject: Re: Choque\nMessage-ID: <c3@x>\nIn-Reply-To: <a2@y>\nReferences: <c1@x> <a2@y>"), 1_000_000);

        Assert.Null(refusal);
        Assert.Equal(("c3@x", "Ana@Cliente.test", "Ana"), (mail!.MessageId, mail.From, mail.FromName));
        Assert.Equal(["a2@y", "c1@x"], mail.Parents);
        Assert.Equal(["c1@x", "a2@y"], mail.References);
        Assert.Equal("Asunto / Subject: Re: Choque\n\nHola", mail.Text);
    }

    [Fact]
    public void Parse_HtmlOnly_TextWithoutMarkup()
    {
        var raw = Mail("From: a@b.test\nMessage-ID: <h@x>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8", "<p>Hola <script>x()</script><b>mundo</b></p>");

        var (mail, _) = MailParser.Parse(raw, 1_000_000);

        Assert.Equal("Hola mundo", mail!.Text);
    }

    [Fact]
    public void Parse_HtmlWithInlineImages_ImagesItShowsBecomeFiles_TheTextNamesThem()
    {
        var raw = Mail("From: a@b.test\nMessage-ID: <i@x>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=r", """
            --r
            Content-Type: text/html; charset=utf-8

            <p>Mire:<img src="cid:golpe@b.test" alt="golpe" onerror="alert(1)"><img src="https://tracker.test/p.gif"></p>
            --r
            Content-Type: image/png
            Content-ID: <golpe@b.test>
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --r
            Content-Type: image/gif
            Content-ID: <no-mostrada@b.test>
            Content-Transfer-Encoding: base64

            R0lGODlh
            --r--
            """.Replace("\n", "\r\n", StringComparison.Ordinal));

        var (mail, _) = MailParser.Parse(raw, 1_000_000);

        Assert.Equal("Mire: [imagen / image: golpe]", mail!.Text);
        var image = Assert.Single(mail.Attachments);
        Assert.Equal(("imagen-1.png", "image/png"), (image.FileName, image.ContentType));
        Assert.Equal(Convert.FromBase64String("iVBORw0KGgo="), image.Content.ToArray());
    }

    [Fact]
    public void Parse_NoMessageId_StableIdFromTheBytes()
    {
        var raw = Mail("From: a@b.test\nSubject: x");

        var first = MailParser.Parse(raw, 1_000_000).Mail!.MessageId;
        var again = MailParser.Parse(raw, 1_000_000).Mail!.MessageId;

        Assert.Equal(first, again);
        Assert.EndsWith("@cc.channels.email.invalid", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Subject: sin remitente\nMessage-ID: <n@x>", "no valid sender")]
    [InlineData("From: no es una dirección\nMessage-ID: <n@x>", "no valid sender")]
    [InlineData("From: a@b.test, c@d.test\nMessage-ID: <n@x>", "exactly one")]
    public void Parse_UnusableSender_Refused(string headers, string reason)
    {
        var (mail, refusal) = MailParser.Parse(Mail(headers), 1_000_000);

        Assert.Null(mail);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverTheLimit_RefusedWithTheSizes()
    {
        var (mail, refusal) = MailParser.Parse(Mail("From: a@b.test", new string('x', 2000)), 1024);

        Assert.Null(mail);
        Assert.Contains("over the 1024-byte limit", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongBody_CutToTheKernelLimitWithANote()
    {
        var (mail, _) = MailParser.Parse(Mail("From: a@b.test", new string('x', 10_000)), 1_000_000);

        Assert.Equal(MailParser.MaxTextLength, mail!.Text.Length);
        Assert.EndsWith("truncated]", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Attachment_DecodedWithNameAndType()
    {
        var raw = Mail("From: a@b.test\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"",
            "--b\r\nContent-Type: text/plain\r\n\r\nAdjunto\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"poliza.pdf\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n");

        var attachment = Assert.Single(MailParser.Parse(raw, 1_000_000).Mail!.Attachments);

        Assert.Equal(("poliza.pdf", "application/pdf", "%PDF-1.4\n"), (attachment.FileName, attachment.ContentType, Encoding.ASCII.GetString(attachment.Content.Span)));
    }
}
