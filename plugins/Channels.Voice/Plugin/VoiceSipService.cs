using System.Net;
using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// Binds the SIP transports and the call layer while the plugin runs. A SIP port that is taken (another PBX on 5060, or
/// the previous version of this plugin still draining during an upgrade) or not permitted stops neither the plugin nor
/// the host: it is logged (7060), the plugin reports itself degraded (<see cref="IPluginHealthCheck"/>), everything but
/// calls keeps working, and binding is retried every second (7061 once bound). Stopping drains: new INVITEs get 503
/// with Retry-After while the calls in progress end (up to the kernel's stop budget), then the ports are released, so
/// the next version binds them.
/// </summary>
internal sealed partial class VoiceSipService(VoiceOptions options, ISipCredentialStore credentials, VoiceCallApplication application, TimeProvider time, ILoggerFactory loggers, Trunks.VoiceTrunkRegistrations registrations, Sip.Registrar.SipBindingStore bindings) : IPluginBackgroundService, IPluginHealthCheck, IDisposable
{
    /// <summary>What a caller refused while draining is told to wait before retrying (the new version binds within seconds).</summary>
    public const int DrainRetryAfterSeconds = 5;
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(100);
    private readonly ILogger _logger = loggers.CreateLogger<VoiceSipService>();
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;
    private SipServer? _server;
    private SipCallManager? _calls;
    private System.Security.Cryptography.X509Certificates.X509Certificate2? _certificate;
    private volatile string? _bindFailure;

    public SipServer Server => _server ?? throw new InvalidOperationException("The voice service is not started.");

    /// <summary>The call layer (inbound calls, calls to agents' phones, registered contacts).</summary>
    public SipCallManager Calls => _calls ?? throw new InvalidOperationException("The voice service is not started.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.TlsPort >= 0)
        {
            _certificate ??= VoiceTlsCertificate.Load(options, time, _logger);
        }

        if (await TryBindAsync().ConfigureAwait(false) is { } error)
        {
            var endpoints = $"{options.BindAddress} udp/{options.UdpPort} tcp/{options.TcpPort}" + (options.TlsPort >= 0 ? $" tls/{options.TlsPort}" : string.Empty);
            _bindFailure = $"SIP could not bind {endpoints} ({error}): no calls until the port is free (retried every second), or udpPort/tcpPort/tlsPort are changed.";
            LogBindFailed(_logger, endpoints, error);
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public ValueTask<PluginHealth> CheckAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult((_bindFailure ?? registrations.Problem) is { } failure ? new PluginHealth(PluginHealthStatus.Degraded, failure) : PluginHealth.Healthy);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _retrying.ConfigureAwait(false);
        await registrations.StopAsync().ConfigureAwait(false);
        if (_calls is { } calls)
        {
            calls.BeginDrain(DrainRetryAfterSeconds);
            if (calls.ActiveCalls > 0)
            {
                LogDraining(_logger, calls.ActiveCalls);
            }

            try
            {
                while (calls.ActiveCalls > 0)
                {
                    await Task.Delay(DrainPoll, time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The kernel's stop budget is over: the calls still up are hung up below.
            }

            await calls.DisposeAsync().ConfigureAwait(false);
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _calls = null;
        _server = null;
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _certificate?.Dispose();
    }

    /// <summary>Creates and binds a server; on a port problem disposes it and returns why.</summary>
    private async Task<SocketError?> TryBindAsync()
    {
        var sip = new SipServerOptions
        {
            UdpEndpoints = [new IPEndPoint(options.BindAddress, options.UdpPort)],
            TcpEndpoints = [new IPEndPoint(options.BindAddress, options.TcpPort)],
            TlsEndpoints = options.TlsPort >= 0 ? [new IPEndPoint(options.BindAddress, options.TlsPort)] : [],
            TlsCertificate = _certificate,
            Realm = options.Realm,
            AdvertisedAddress = options.AdvertisedAddress,
            DigestAlgorithms = options.DigestAlgorithms,
            Protection = options.Protection,
            Timers = options.Timers,
        };
        var rtp = options.RtpPortMin == 0 ? RtpPortRange.Ephemeral : new RtpPortRange(options.RtpPortMin, options.RtpPortMax);
        var (server, calls) = SipServerFactory.CreateCallServer(sip, new SipCallOptions { RtpPorts = rtp, SessionExpiresSeconds = options.SessionExpiresSeconds, MinSeSeconds = options.MinSeSeconds, Srtp = options.Srtp, InviteGate = new Trunks.VoiceInviteGate(options) }, credentials, application, time, loggers, bindings);
        try
        {
            server.Start();
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied or SocketError.AddressNotAvailable)
        {
            await calls.DisposeAsync().ConfigureAwait(false);
            await server.DisposeAsync().ConfigureAwait(false);
            return ex.SocketErrorCode;
        }

        (_server, _calls) = (server, calls);
        registrations.Start(server);
        return null;
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(RetryInterval, time, cancellationToken).ConfigureAwait(false);
                if (await TryBindAsync().ConfigureAwait(false) is null)
                {
                    _bindFailure = null;
                    LogBound(_logger, options.UdpPort, options.TcpPort);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped before the port came free.
        }
    }

    [LoggerMessage(7060, LogLevel.Error, "Voice: SIP could not bind {Endpoints} ({Error}); the host runs on without calls, retrying every second (change udpPort/tcpPort/tlsPort if another server owns the port)")]
    private static partial void LogBindFailed(ILogger logger, string endpoints, SocketError error);

    [LoggerMessage(7061, LogLevel.Information, "Voice: SIP bound udp/{UdpPort} tcp/{TcpPort} after the port came free")]
    private static partial void LogBound(ILogger logger, int udpPort, int tcpPort);

    [LoggerMessage(7062, LogLevel.Information, "Voice: draining, new calls get 503 while {Calls} call(s) end")]
    private static partial void LogDraining(ILogger logger, int calls);
}
