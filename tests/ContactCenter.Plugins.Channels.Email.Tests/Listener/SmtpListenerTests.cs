using System.Net;
using System.Net.Sockets;
using System.Text;
using ContactCenter.Plugins.Channels.Email.Listener;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Sdk.Testing.Doubles;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Email.Tests.Listener;

/// <summary>The listener itself over real loopback SMTP (MailKit, or a bare socket for what MailKit will not send), with the store path replaced by a double.</summary>
public sealed class SmtpListenerTests
{
    [Fact]
    public async Task Data_StoreThrows_451NothingKept_RetryAfterRecoveryStoresOnce()
    {
        await using var run = await ListenerRun.StartAsync();
        var mail = Mails.FromCustomer("ana", "Póliza", "¿Sigue vigente?");
        mail.To.Clear();
        mail.To.Add(MimeKit.MailboxAddress.Parse(ListenerRun.Autos.Address));
        run.Intake.Failing = true;

        using (var client = await run.ConnectAsync())
        {
            var failed = await Assert.ThrowsAsync<SmtpCommandException>(() => client.SendAsync(mail));
            Assert.Equal(451, (int)failed.StatusCode);
            Assert.StartsWith("4.3.0", failed.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, run.Intake.Attempts);
        Assert.Empty(run.Intake.Stored);

        run.Intake.Failing = false;
        using (var client = await run.ConnectAsync())
        {
            await client.SendAsync(mail);
            await client.DisconnectAsync(true);
        }

        var (channel, raw) = Assert.Single(run.Intake.Stored);
        Assert.Equal("autos", channel);
        Assert.Equal(mail.MessageId, MimeKit.MimeMessage.Load(new MemoryStream(raw)).MessageId);
        Assert.Equal(2, run.Intake.Attempts);
    }

    [Fact]
    public async Task RequireTls_MailBeforeStartTls530_AfterStartTlsWithTheConfiguredCertificateStored()
    {
        await using var run = await ListenerRun.StartAsync(s => s with { RequireTls = true });
        var mail = ToAutos("beto");

        await using (var plain = await SmtpWire.ConnectAsync(run.EndPoint))
        {
            Assert.Contains("STARTTLS", await plain.CommandAsync("EHLO cliente.test"), StringComparison.Ordinal);
            Assert.StartsWith("530 5.7.0", await plain.CommandAsync("MAIL FROM:<beto@cliente.test>"), StringComparison.Ordinal);
        }

        Assert.Empty(run.Intake.Stored);
        using var secure = await run.ConnectAsync(startTls: true);
        Assert.True(secure.IsSecure);
        await secure.SendAsync(mail);
        await secure.DisconnectAsync(true);
        Assert.Single(run.Intake.Stored);
    }

    [Fact]
    public async Task NoCertificateConfigured_StartTlsOffersASelfSignedOne()
    {
        await using var run = await ListenerRun.StartAsync(s => s with { Certificate = null });
        System.Security.Cryptography.X509Certificates.X509Certificate? presented = null;
        using var client = new SmtpClient { ServerCertificateValidationCallback = (_, c, _, _) => (presented = c) is not null };
        await client.ConnectAsync(run.EndPoint.Address.ToString(), run.EndPoint.Port, MailKit.Security.SecureSocketOptions.StartTls);

        await client.SendAsync(ToAutos("caro"));

        Assert.Equal("CN=localhost", presented!.Subject);
        Assert.False(run.Certificate.IsThis(presented));
        Assert.Single(run.Intake.Stored);
    }

    [Fact]
    public async Task Rcpt_UnknownAddress550_5_1_1_AndNothingHandedOn()
    {
        await using var run = await ListenerRun.StartAsync();
        await using var wire = await SmtpWire.ConnectAsync(run.EndPoint);
        await wire.CommandAsync("EHLO cliente.test");
        Assert.StartsWith("250", await wire.CommandAsync("MAIL FROM:<ana@cliente.test>"), StringComparison.Ordinal);

        Assert.StartsWith("550 5.1.1", await wire.CommandAsync("RCPT TO:<nadie@aseguradora.test>"), StringComparison.Ordinal);
        Assert.StartsWith("550 5.1.1", await wire.CommandAsync("RCPT TO:<autos@otro.test>"), StringComparison.Ordinal);
        Assert.StartsWith("250", await wire.CommandAsync("RCPT TO:<AUTOS@aseguradora.test>"), StringComparison.Ordinal);
        Assert.Equal(0, run.Intake.Attempts);
    }

    [Fact]
    public async Task Size_AdvertisedAndEnforced_552ForTheAnnouncedSizeAndForDataOverTheLimit()
    {
        await using var run = await ListenerRun.StartAsync();
        await using var wire = await SmtpWire.ConnectAsync(run.EndPoint);
        Assert.Contains("SIZE 4096", await wire.CommandAsync("EHLO cliente.test"), StringComparison.Ordinal);

        Assert.StartsWith("552", await wire.CommandAsync("MAIL FROM:<ana@cliente.test> SIZE=5000"), StringComparison.Ordinal);

        await wire.BeginDataAsync("ana@cliente.test", "autos@aseguradora.test");
        var big = Encoding.ASCII.GetBytes("From: ana@cliente.test\r\nSubject: grande\r\n\r\n" + string.Concat(Enumerable.Repeat(new string('x', 70) + "\r\n", 100)));
        Assert.StartsWith("552", await wire.DataAsync(big), StringComparison.Ordinal);
        Assert.Equal(0, run.Intake.Attempts);
    }

    [Fact]
    public async Task Data_LargerThanOneReadButUnderTheLimit_StoredWhole_OverTheLimit552()
    {
        await using var run = await ListenerRun.StartAsync(s => s with { MaxMessageBytes = 1024 * 1024 });
        var large = ToAutos("fede");
        large.Body = new MimeKit.TextPart("plain") { Text = string.Concat(Enumerable.Repeat("Fotos del choque, línea de texto.\n", 6000)) };
        using (var client = await run.ConnectAsync())
        {
            await client.SendAsync(large);
        }

        var (_, raw) = Assert.Single(run.Intake.Stored);
        Assert.True(raw.Length > 200_000, $"{raw.Length} bytes stored");
        Assert.Equal(large.MessageId, MimeKit.MimeMessage.Load(new MemoryStream(raw)).MessageId);

        await using var wire = await SmtpWire.ConnectAsync(run.EndPoint);
        await wire.CommandAsync("EHLO cliente.test");
        await wire.BeginDataAsync("fede@cliente.test", "autos@aseguradora.test");
        Assert.StartsWith("552", await wire.DataAsync(Encoding.ASCII.GetBytes("From: fede@cliente.test\r\n\r\n" + new string('x', 1100 * 1024))), StringComparison.Ordinal);
        Assert.Single(run.Intake.Stored);
    }

    [Fact]
    public async Task Refused_ByTheIngestionRules554_5_6_0_WithTheReason()
    {
        await using var run = await ListenerRun.StartAsync();
        run.Intake.Refuse = _ => "no valid sender address in From";
        using var client = await run.ConnectAsync();

        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() => client.SendAsync(ToAutos("dani")));

        Assert.Equal(554, (int)refused.StatusCode);
        Assert.Contains("5.6.0", refused.Message, StringComparison.Ordinal);
        Assert.Contains("no valid sender address in From", refused.Message, StringComparison.Ordinal);
        Assert.Empty(run.Intake.Stored);
    }

    [Fact]
    public async Task Limits_MessagesPerMinutePerSource450UntilTheMinutePasses_ConnectionsPerSource421()
    {
        await using var run = await ListenerRun.StartAsync(s => s with { MaxMessagesPerMinute = 2, MaxConnectionsPerSource = 2 });
        using (var client = await run.ConnectAsync())
        {
            await client.SendAsync(ToAutos("eva"));
            await client.SendAsync(ToAutos("eva"));
            var limited = await Assert.ThrowsAsync<SmtpCommandException>(() => client.SendAsync(ToAutos("eva")));
            Assert.Equal(450, (int)limited.StatusCode);
            run.Clock.Advance(TimeSpan.FromMinutes(1));
            await client.SendAsync(ToAutos("eva"));
        }

        Assert.Equal(3, run.Intake.Stored.Count);
        await using var first = await SmtpWire.ConnectAsync(run.EndPoint);
        await using var second = await SmtpWire.ConnectAsync(run.EndPoint);
        await using var third = await SmtpWire.ConnectAsync(run.EndPoint);
        await third.CommandAsync("EHLO cliente.test");
        Assert.StartsWith("421", await third.CommandAsync("MAIL FROM:<eva@cliente.test>"), StringComparison.Ordinal);
        await first.CommandAsync("EHLO cliente.test");
        Assert.StartsWith("250", await first.CommandAsync("MAIL FROM:<eva@cliente.test>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PortAlreadyTaken_RefusedNamingListenerPort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var settings = new ListenerSettings { Enabled = true, Address = IPAddress.Loopback, Port = port, ServerName = "localhost", Mailboxes = [ListenerRun.Autos] };
        var listener = new SmtpListener(settings, new RecordingIntake(), new TestClock(), NullLogger<SmtpListener>.Instance);
        try
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => listener.StartAsync(CancellationToken.None));
            Assert.Contains("listener.port", refused.Message, StringComparison.Ordinal);
            Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            await listener.StopAsync(CancellationToken.None);
            listener.Dispose();
        }
    }

    private static MimeKit.MimeMessage ToAutos(string customer)
    {
        var mail = Mails.FromCustomer(customer, "Consulta", "Hola");
        mail.To.Clear();
        mail.To.Add(MimeKit.MailboxAddress.Parse(ListenerRun.Autos.Address));
        return mail;
    }
}
