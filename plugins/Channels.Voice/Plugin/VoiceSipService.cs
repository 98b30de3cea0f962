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
/// Binds the SIP transports and the call layer while the plugin runs; stopping hangs up the calls in flight. A SIP port
/// that is taken (another PBX on 5060) or not permitted does not stop the plugin or the host: it is logged (7060), the
/// plugin reports itself degraded (<see cref="IPluginHealthCheck"/>) and everything but calls (recordings) keeps working.
/// </summary>
internal sealed partial class VoiceSipService(VoiceOptions options, ISipCredentialStore credentials, VoiceCallApplication application, TimeProvider time, ILoggerFactory loggers) : IPluginBackgroundService, IPluginHealthCheck
{
    private readonly ILogger _logger = loggers.CreateLogger<VoiceSipService>();
    private SipServer? _server;
    private SipCallManager? _calls;
    private string? _bindFailure;

    public SipServer Server => _server ?? throw new InvalidOperationException("The voice service is not started.");

    /// <summary>The call layer (inbound calls, calls to agents' phones, registered contacts).</summary>
    public SipCallManager Calls => _calls ?? throw new InvalidOperationException("The voice service is not started.");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var sip = new SipServerOptions
        {
            UdpEndpoints = [new IPEndPoint(options.BindAddress, options.UdpPort)],
            TcpEndpoints = [new IPEndPoint(options.BindAddress, options.TcpPort)],
            Realm = options.Realm,
            AdvertisedAddress = options.AdvertisedAddress,
            DigestAlgorithms = options.DigestAlgorithms,
        };
        var rtp = options.RtpPortMin == 0 ? RtpPortRange.Ephemeral : new RtpPortRange(options.RtpPortMin, options.RtpPortMax);
        (_server, _calls) = SipServerFactory.CreateCallServer(sip, new SipCallOptions { RtpPorts = rtp }, credentials, application, time, loggers);
        try
        {
            _server.Start();
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied or SocketError.AddressNotAvailable)
        {
            var endpoints = $"{options.BindAddress} udp/{options.UdpPort} tcp/{options.TcpPort}";
            _bindFailure = $"SIP could not bind {endpoints} ({ex.SocketErrorCode}): no calls until the port is free and the plugin is re-enabled, or udpPort/tcpPort are changed.";
            LogBindFailed(_logger, endpoints, ex.SocketErrorCode);
            return StopAsync(cancellationToken);
        }

        return Task.CompletedTask;
    }

    public ValueTask<PluginHealth> CheckAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_bindFailure is { } failure ? new PluginHealth(PluginHealthStatus.Degraded, failure) : PluginHealth.Healthy);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_calls is not null)
        {
            await _calls.DisposeAsync().ConfigureAwait(false);
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _calls = null;
        _server = null;
    }

    [LoggerMessage(7060, LogLevel.Error, "Voice: SIP could not bind {Endpoints} ({Error}); the host runs on without calls until the port is free and the plugin is re-enabled (or udpPort/tcpPort are changed)")]
    private static partial void LogBindFailed(ILogger logger, string endpoints, SocketError error);
}
