using System.Net;
using System.Net.Http.Json;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// One real host (HTTPS on loopback, demo mode, the LiteDB store) with the email plugin installed from the bundled
/// plugins as in production, its <c>autos</c> mailbox's account pointed at the private Dovecot (IMAP) and Postfix (SMTP),
/// and a second mailbox, <c>acuse</c>, with automatic acknowledgements on (the others stay off, so the other tests'
/// customers receive only what the agents write); the SMTP listener is on for <c>autos</c> only.
/// </summary>
public sealed class EmailHostFixture : IAsyncLifetime
{
    public const int MaxAttachmentBytes = 1024 * 1024;

    public const int ListenerMaxBytes = 64 * 1024;

    internal RunningHost Host { get; private set; } = null!;

    internal MailServers Servers { get; private set; } = null!;

    internal MailClient Mail { get; private set; } = null!;

    /// <summary>The plugin's SMTP listener (on, loopback, an ephemeral port, a 64 KiB limit, the test certificate for STARTTLS).</summary>
    internal IPEndPoint Listener { get; private set; } = null!;

    internal TestCertificate ListenerCertificate { get; } = new();

    public async Task InitializeAsync()
    {
        Servers = await MailServers.StartAsync();
        Mail = new MailClient(Servers);
        Listener = new IPEndPoint(IPAddress.Loopback, FreePort.Take(1)[0]);
        // A 1 MiB cap on a reply's files (instead of 10 MiB) keeps the too-big test's upload small.
        // The cross-channel test points WhatsApp at its own Graph stand-in: demo mode must not point it at the built-in one.
        Host = await RunningHost.StartAsync(dataDirectory: null, configure: null, "--demo", "--CC:Storage:Provider=LiteDb",
            $"--CC:Plugins:Settings:cc.channels.email:maxAttachmentBytes={MaxAttachmentBytes}", "--CC:Demo:WhatsAppStandIn=false",
            "--CC:Plugins:Settings:cc.channels.email:mailboxes:1:channel=acuse", $"--CC:Plugins:Settings:cc.channels.email:mailboxes:1:address={MailServers.AckMailbox}",
            "--CC:Plugins:Settings:cc.channels.email:mailboxes:1:displayName=Acuses de prueba", "--CC:Plugins:Settings:cc.channels.email:mailboxes:1:serviceLineId=autos",
            "--CC:Plugins:Settings:cc.channels.email:mailboxes:1:queueId=autos-general", "--CC:Plugins:Settings:cc.channels.email:mailboxes:1:autoAck=true",
            "--CC:Plugins:Settings:cc.channels.email:mailboxes:1:responseHours=8",
            "--CC:Plugins:Settings:cc.channels.email:listener:enabled=true", "--CC:Plugins:Settings:cc.channels.email:listener:address=127.0.0.1",
            $"--CC:Plugins:Settings:cc.channels.email:listener:port={Listener.Port}", "--CC:Plugins:Settings:cc.channels.email:listener:serverName=localhost",
            $"--CC:Plugins:Settings:cc.channels.email:listener:maxMessageBytes={ListenerMaxBytes}", "--CC:Plugins:Settings:cc.channels.email:listener:mailboxes:0=autos",
            $"--CC:Plugins:Settings:cc.channels.email:listener:certificatePath={ListenerCertificate.PfxPath}",
            $"--CC:Plugins:Settings:cc.channels.email:listener:certificatePassword={TestCertificate.Password}");
        using var client = Host.CreateAdminClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            // Bundled plugins are installed at start-up; wait until the email plugin is active before setting its account.
            using var response = await client.GetAsync(new Uri("/api/v1/plugins/cc.channels.email", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && body.Contains("\"Active\"", StringComparison.Ordinal))
            {
                break;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The bundled email plugin did not become active: {(int)response.StatusCode} {body}");
            }

            await Task.Delay(100);
        }

        foreach (var (channel, user) in new[] { ("autos", MailServers.Mailbox), ("acuse", MailServers.AckMailbox) })
        {
            using var set = await client.PutAsJsonAsync(new Uri($"/api/v1/channels/cc.channels.email/accounts/{channel}", UriKind.Relative), Account(Servers, user));
            if (set.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"Setting the {channel} mailbox account failed: {(int)set.StatusCode} {await set.Content.ReadAsStringAsync()}");
            }
        }
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Servers.DisposeAsync();
        ListenerCertificate.Dispose();
    }

    internal static object Account(MailServers servers, string user = MailServers.Mailbox) => new
    {
        imap = new { host = "127.0.0.1", port = servers.ImapPort, security = "plain-loopback", userName = user, password = MailServers.Password },
        smtp = new { host = "127.0.0.1", port = servers.SmtpPort, security = "plain-loopback", userName = user, password = MailServers.Password },
    };
}
