using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>Binds the SIP transports and the call layer while the plugin runs; stopping hangs up the calls in flight.</summary>
internal sealed class VoiceSipService(VoiceOptions options, ISipCredentialStore credentials, VoiceCallApplication application, TimeProvider time, ILoggerFactory loggers) : IPluginBackgroundService
{
    private SipServer? _server;
    private SipCallManager? _calls;

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
        _server.Start();
        return Task.CompletedTask;
    }

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
    }
}
