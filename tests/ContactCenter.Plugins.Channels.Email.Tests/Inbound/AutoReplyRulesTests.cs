using ContactCenter.Plugins.Channels.Email.Inbound;

namespace ContactCenter.Plugins.Channels.Email.Tests.Inbound;

public sealed class AutoReplyRulesTests
{
    [Theory]
    [InlineData("", "ana@cliente.test")]
    [InlineData("Auto-Submitted: no\r\n", "ana@cliente.test")]
    [InlineData("Auto-Submitted: No (a person wrote this)\r\n", "ana@cliente.test")]
    [InlineData("Return-Path: <beto@cliente.test>\r\n", "beto@cliente.test")]
    [InlineData("Precedence: first-class\r\n", "ana@cliente.test")]
    public void PersonsMail_AnsweredAtTheReturnPathElseTheFrom(string headers, string expected)
    {
        var (mail, _) = MailParser.Parse(Mail(headers), 1 << 20);

        Assert.Equal((expected, (string?)null), (mail!.AutoReplyTo, mail.NoAutoReply));
    }

    [Theory]
    [InlineData("Auto-Submitted: auto-replied\r\n", "Auto-Submitted: auto-replied")]
    [InlineData("Auto-Submitted: auto-generated; owner-email=\"x@y\"\r\n", "Auto-Submitted: auto-generated")]
    [InlineData("Auto-Submitted: auto-notified\r\n", "Auto-Submitted")]
    [InlineData("Precedence: bulk\r\n", "Precedence: bulk")]
    [InlineData("Precedence: JUNK\r\n", "Precedence")]
    [InlineData("Precedence: list\r\n", "Precedence: list")]
    [InlineData("List-Id: Boletín <boletin.cliente.test>\r\n", "List-Id")]
    [InlineData("List-Unsubscribe: <mailto:baja@cliente.test>\r\n", "List-Unsubscribe")]
    [InlineData("X-Auto-Response-Suppress: OOF, AutoReply\r\n", "X-Auto-Response-Suppress")]
    [InlineData("Return-Path: <>\r\n", "empty Return-Path")]
    [InlineData("Return-Path:\r\n", "empty Return-Path")]
    [InlineData("Return-Path: <no es una dirección>\r\n", "not an address")]
    [InlineData("Return-Path: <MAILER-DAEMON@cliente.test>\r\n", "robot")]
    [InlineData("Return-Path: <boletin-bounces@cliente.test>\r\n", "robot")]
    [InlineData("Return-Path: <owner-boletin@cliente.test>\r\n", "robot")]
    public void AutomaticOrListMail_NeverAnswered(string headers, string reason)
    {
        var (mail, _) = MailParser.Parse(Mail(headers), 1 << 20);

        Assert.Null(mail!.AutoReplyTo);
        Assert.Contains(reason, mail.NoAutoReply, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("MAILER-DAEMON@cliente.test")]
    [InlineData("postmaster@cliente.test")]
    [InlineData("noreply@cliente.test")]
    [InlineData("no-reply@cliente.test")]
    [InlineData("DoNotReply@cliente.test")]
    [InlineData("boletin-request@cliente.test")]
    public void RobotSenders_NeverAnswered(string from)
    {
        var (mail, _) = MailParser.Parse(Mail("", from), 1 << 20);

        Assert.Null(mail!.AutoReplyTo);
        Assert.Contains("robot", mail.NoAutoReply, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NeverAnswered()
    {
        var raw = "From: ana@cliente.test\r\nMessage-ID: <r@cliente.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=b\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nLeído\r\n--b--\r\n";

        var (mail, _) = MailParser.Parse(System.Text.Encoding.UTF8.GetBytes(raw), 1 << 20);

        Assert.Null(mail!.AutoReplyTo);
        Assert.Contains("report", mail.NoAutoReply, StringComparison.Ordinal);
    }

    private static byte[] Mail(string headers, string from = "ana@cliente.test") =>
        System.Text.Encoding.UTF8.GetBytes($"From: Ana <{from}>\r\nTo: autos@aseguradora.test\r\nSubject: Hola\r\nMessage-ID: <{Guid.NewGuid():N}@cliente.test>\r\n{headers}\r\nTexto\r\n");
}
