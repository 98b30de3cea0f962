using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Plugins.Channels.Email.Inbound;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.Net;

namespace ContactCenter.Plugins.Channels.Email.Listener;

/// <summary>
/// The optional SMTP listener (<c>listener.enabled</c>): customers' mail (or a relay's) delivered straight to the
/// plugin, STARTTLS offered with <see cref="ListenerSettings.Certificate"/>, checked by <see cref="InboxFilter"/> and
/// stored by <see cref="InboxStore"/> through the same ingestion as IMAP. A port it cannot listen on stops the plugin at
/// start with a message naming <c>listener.port</c>.
/// </summary>
internal sealed partial class SmtpListener(ListenerSettings settings, IMailIntake intake, IClock clock, ILogger<SmtpListener> logger)
    : IPluginBackgroundService, IDisposable
{
    private static readonly TimeSpan CommandWait = TimeSpan.FromMinutes(2);
    private readonly CancellationTokenSource _stopping = new();
    private readonly SourceLimits _limits = new(settings.MaxConnectionsPerSource, settings.MaxMessagesPerMinute);
    private SmtpServer.SmtpServer? _server;
    private Task? _running;
    private X509Certificate2? _certificate;

    /// <summary>Where it listens once started (the real port when 0 was configured).</summary>
    public IPEndPoint? LocalEndPoint { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _certificate = settings.Certificate is { } configured ? X509CertificateLoader.LoadPkcs12(configured.Export(X509ContentType.Pkcs12), null)
            : ListenerCertificate.SelfSigned(settings.ServerName, clock.UtcNow);
        var options = new SmtpServerOptionsBuilder()
            .ServerName(settings.ServerName)
            // Advertised as SIZE and checked at MAIL; DATA over it is answered 552 by InboxStore once read. The library's
            // Strict mode (cut the read short) left an oversize DATA unanswered in our tests, so it is not used.
            .MaxMessageSize(settings.MaxMessageBytes, MaxMessageSizeHandling.Ignore)
            .CommandWaitTimeout(CommandWait)
            .Endpoint(e => e.Endpoint(new IPEndPoint(settings.Address, settings.Port)).IsSecure(false).Certificate(_certificate)
                .SupportedSslProtocols(SslProtocols.Tls12 | SslProtocols.Tls13).SessionTimeout(TimeSpan.FromMinutes(10)))
            .Build();
        var listening = new TaskCompletionSource<EndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        var endpoints = new EndpointListenerFactory();
        endpoints.EndpointStarted += (_, e) => listening.TrySetResult(e.LocalEndPoint);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(endpoints);
        services.Add(new InboxFilter(settings, _limits, clock, logger));
        services.Add(new InboxStore(settings, intake, logger));
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, e) => Open(e.Context);
        _server.SessionCompleted += (_, e) => Close(e.Context);
        _server.SessionFaulted += (_, e) => Close(e.Context);
        _server.SessionCancelled += (_, e) => Close(e.Context);
        _running = _server.StartAsync(_stopping.Token);
        if (await Task.WhenAny(listening.Task, _running).WaitAsync(cancellationToken).ConfigureAwait(false) != listening.Task)
        {
            var reason = _running.Exception?.GetBaseException().Message ?? "the server stopped";
            _running = null;
            throw ListenerSettings.Bad("port", $"cannot listen on {settings.Address}:{settings.Port} ({reason})");
        }

        LocalEndPoint = (IPEndPoint)await listening.Task.ConfigureAwait(false);
        var endPoint = LocalEndPoint.ToString();
        var fingerprint = Convert.ToHexString(_certificate.GetCertHash(HashAlgorithmName.SHA256));
        LogListening(logger, endPoint, settings.RequireTls, settings.Mailboxes.Count, settings.Certificate is null ? "self-signed" : "configured", fingerprint);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_running is null)
        {
            return;
        }

        try
        {
            await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the sessions in flight end with the cancelled token; their senders retry what got no 250.
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _certificate?.Dispose();
    }

    private void Open(ISessionContext context)
    {
        if (InboxFilter.SourceOf(context) is not { } source)
        {
            return;
        }

        if (_limits.TryOpen(source))
        {
            context.Properties[CountedKey] = source;
        }
        else
        {
            context.Properties[InboxFilter.OverLimitKey] = true;
            LogTooManyConnections(logger, source.ToString());
        }
    }

    private void Close(ISessionContext context)
    {
        if (context.Properties.TryGetValue(CountedKey, out var counted) && counted is IPAddress source)
        {
            context.Properties.Remove(CountedKey);
            _limits.Close(source);
        }
    }

    private const string CountedKey = "cc.email.counted";

    [LoggerMessage(EventId = 8924, Level = LogLevel.Information,
        Message = "SMTP listener on {EndPoint} (TLS required: {RequireTls}) for {Mailboxes} mailbox(es); STARTTLS certificate ({Kind}) SHA-256 {Fingerprint}")]
    private static partial void LogListening(ILogger logger, string endPoint, bool requireTls, int mailboxes, string kind, string fingerprint);

    [LoggerMessage(EventId = 8925, Level = LogLevel.Warning, Message = "SMTP listener: {Source} is over its open connections; answered 421 at MAIL")]
    private static partial void LogTooManyConnections(ILogger logger, string source);
}
