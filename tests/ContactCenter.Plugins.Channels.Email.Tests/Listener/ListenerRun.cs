using System.Net;
using ContactCenter.Plugins.Channels.Email.Listener;
using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Sdk.Testing.Doubles;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Email.Tests.Listener;

/// <summary>One listener on an ephemeral loopback port over a <see cref="RecordingIntake"/>, with the test certificate.</summary>
internal sealed class ListenerRun : IAsyncDisposable
{
    public static readonly MailboxBinding Autos = new("autos", "autos@aseguradora.test", "Seguros de autos", "autos", "autos-general");

    private ListenerRun(SmtpListener listener, TestCertificate certificate, RecordingIntake intake, TestClock clock)
    {
        Listener = listener;
        Certificate = certificate;
        Intake = intake;
        Clock = clock;
    }

    public SmtpListener Listener { get; }

    public TestCertificate Certificate { get; }

    public RecordingIntake Intake { get; }

    public TestClock Clock { get; }

    public IPEndPoint EndPoint => Listener.LocalEndPoint!;

    public static async Task<ListenerRun> StartAsync(Func<ListenerSettings, ListenerSettings>? change = null)
    {
        var certificate = new TestCertificate();
        var settings = new ListenerSettings
        {
            Enabled = true, Address = IPAddress.Loopback, Port = 0, ServerName = "localhost", Mailboxes = [Autos], MaxMessageBytes = 4096,
            Certificate = ListenerCertificate.Load(certificate.PfxPath, TestCertificate.Password),
        };
        var intake = new RecordingIntake();
        var clock = new TestClock();
        var listener = new SmtpListener(change?.Invoke(settings) ?? settings, intake, clock, NullLogger<SmtpListener>.Instance);
        var run = new ListenerRun(listener, certificate, intake, clock);
        await listener.StartAsync(CancellationToken.None);
        return run;
    }

    /// <summary>A MailKit client connected to the listener, with STARTTLS when asked (pinning the test certificate).</summary>
    public async Task<SmtpClient> ConnectAsync(bool startTls = false)
    {
        var client = new SmtpClient { ServerCertificateValidationCallback = (_, presented, _, _) => Certificate.IsThis(presented) };
        await client.ConnectAsync(EndPoint.Address.ToString(), EndPoint.Port, startTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Listener.StopAsync(CancellationToken.None);
        Listener.Dispose();
        Certificate.Dispose();
    }
}
