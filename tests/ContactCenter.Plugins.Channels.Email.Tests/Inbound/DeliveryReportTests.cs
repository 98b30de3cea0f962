using System.Text;
using ContactCenter.Plugins.Channels.Email.Inbound;

namespace ContactCenter.Plugins.Channels.Email.Tests.Inbound;

public sealed class DeliveryReportTests
{
    /// <summary>A bounce as Postfix writes it (RFC 3464), returning the original's headers.</summary>
    internal static string Dsn(string originalId, string action = "failed", string status = "5.1.1", string returned = "text/rfc822-headers") => $"""
        From: MAILER-DAEMON@mx.cliente.test (Mail Delivery System)
        To: autos@aseguradora.test
        Subject: Undelivered Mail Returned to Sender
        Message-ID: <dsn-{Guid.NewGuid():N}@mx.cliente.test>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

        --B1
        Content-Type: text/plain; charset=us-ascii

        I'm sorry to have to inform you that your message could not be delivered.

        --B1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.cliente.test
        Arrival-Date: Mon, 30 Nov 2026 01:00:00 +0000

        Final-Recipient: rfc822; nadie@cliente.test
        Original-Recipient: rfc822;nadie@cliente.test
        Action: {action}
        Status: {status}
        Diagnostic-Code: smtp; 550 5.1.1 <nadie@cliente.test>: Recipient address rejected: User unknown

        --B1
        Content-Type: {returned}

        From: Seguros de autos <autos@aseguradora.test>
        To: nadie@cliente.test
        Subject: Re: Choque
        Message-ID: <{originalId}>

        --B1--

        """.ReplaceLineEndings("\r\n");

    [Fact]
    public void PostfixBounce_NamesTheOriginalAndThePermanentFailure()
    {
        var report = MailParser.Report(Encoding.ASCII.GetBytes(Dsn("cc.abc@aseguradora.test")));

        Assert.NotNull(report);
        Assert.Equal("cc.abc@aseguradora.test", report.OriginalMessageIds[0]);
        Assert.True(report.Failed);
        Assert.Equal("5.1.1", report.Status);
        Assert.Contains("User unknown", report.Diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnedWholeMessage_AlsoNamesTheOriginal()
    {
        var report = MailParser.Report(Encoding.ASCII.GetBytes(Dsn("cc.def@aseguradora.test", returned: "message/rfc822")));

        Assert.Equal("cc.def@aseguradora.test", Assert.Single(report!.OriginalMessageIds));
    }

    [Theory]
    [InlineData("delayed", "4.4.1")]
    [InlineData("delivered", "2.0.0")]
    public void DelayOrSuccess_IsNotAFailure(string action, string status)
    {
        var report = MailParser.Report(Encoding.ASCII.GetBytes(Dsn("cc.abc@aseguradora.test", action, status)));

        Assert.Equal((false, ""), (report!.Failed, report.Status));
    }

    [Fact]
    public void FailedStatusWithoutAction_IsAFailure()
    {
        var report = MailParser.Report(Encoding.ASCII.GetBytes(Dsn("cc.abc@aseguradora.test", action: "unknown-action", status: "5.7.1")));

        Assert.Equal((true, "5.7.1"), (report!.Failed, report.Status));
    }

    [Theory]
    [InlineData("From: ana@cliente.test\r\nSubject: Hola\r\nContent-Type: text/plain\r\n\r\nBuenas.\r\n")]
    [InlineData("From: ana@cliente.test\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=\"X\"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nLeido.\r\n--X--\r\n")]
    [InlineData("not mail at all")]
    public void OtherMail_IsNoReport(string raw) => Assert.Null(MailParser.Report(Encoding.UTF8.GetBytes(raw)));

    [Fact]
    public void Reason_BilingualWithStatusAndDiagnostic_AddressesMasked()
    {
        var report = MailParser.Report(Encoding.ASCII.GetBytes(Dsn("cc.abc@aseguradora.test")))!;

        Assert.Equal("El correo rebotó / The mail bounced: 5.1.1 (smtp; 550 5.1.1 <…@cliente.test>: Recipient address rejected: User unknown)",
            BounceHandler.Reason(report));
    }

    [Fact]
    public void Reason_LongDiagnosticIsCut_MissingFieldsLeaveNoEmptyParentheses()
    {
        var longOne = new DeliveryReport([], true, "5.7.1", "x.y@z.test " + new string('d', 400));
        var statusOnly = new DeliveryReport([], true, "5.0.0", "");
        var nothing = new DeliveryReport([], true, "", "");

        var cut = BounceHandler.Reason(longOne);
        Assert.StartsWith("El correo rebotó / The mail bounced: 5.7.1 (…@z.test ddd", cut, StringComparison.Ordinal);
        Assert.EndsWith("…)", cut, StringComparison.Ordinal);
        Assert.True(cut.Length < 360, cut);
        Assert.Equal("El correo rebotó / The mail bounced: 5.0.0", BounceHandler.Reason(statusOnly));
        Assert.Equal("El correo rebotó / The mail bounced", BounceHandler.Reason(nothing));
    }
}
