using System.Diagnostics;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// Our SIP server on a UDP loopback ephemeral port with the <see cref="BridgeAndRecord"/> call application, RTP on
/// ephemeral ports, and the agents' phone: one SIPp UAS (bench_agent_echo.xml, -rtp_echo) every agent leg is dialled to.
/// The per-source rate limit is lifted (one SIPp sends everything).
/// </summary>
internal sealed class VoiceBenchServer : IAsyncDisposable
{
    private readonly SipServer _server;
    private readonly SipCallManager _calls;
    private readonly Process _phone;
    private readonly string _phoneDirectory;

    private VoiceBenchServer(SipServer server, SipCallManager calls, BridgeAndRecord application, Process phone, string phoneDirectory)
    {
        _server = server;
        _calls = calls;
        Application = application;
        _phone = phone;
        _phoneDirectory = phoneDirectory;
    }

    public BridgeAndRecord Application { get; }

    public IPEndPoint Endpoint => _server.UdpEndpoints[0];

    public int ActiveCalls => _calls.ActiveCalls;

    public static VoiceBenchServer Start()
    {
        var phonePort = VoiceSipp.FreeUdpPort();
        var phoneDirectory = VoiceSipp.PrivateDirectory();
        var phone = VoiceSipp.Start(phoneDirectory,
        [
            "-sf", VoiceSipp.Scenario("bench_agent_echo.xml"), "-i", "127.0.0.1", "-p", VoiceSipp.Text(phonePort),
            "-mp", VoiceSipp.Text(VoiceSipp.FreeMediaPort()), "-rtp_echo", "-nostdin",
        ]);
        _ = phone.StandardOutput.ReadToEndAsync();
        _ = phone.StandardError.ReadToEndAsync();
        var options = new SipServerOptions
        {
            UdpEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)], TcpEndpoints = [], Realm = "bench",
            Protection = new SipProtectionOptions { RequestsPerSecond = 1e9, Burst = 1_000_000_000 },
        };
        SipCallManager? calls = null;
        var application = new BridgeAndRecord(() => calls!, SipUri.Parse($"sip:agent@127.0.0.1:{VoiceSipp.Text(phonePort)}"));
        (var server, calls) = SipServerFactory.CreateCallServer(options, new SipCallOptions { RtpPorts = RtpPortRange.Ephemeral },
            new InMemorySipCredentialStore(), application, TimeProvider.System, NullLoggerFactory.Instance);
        server.Start();
        return new VoiceBenchServer(server, calls, application, phone, phoneDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await _calls.DisposeAsync();
        await _server.DisposeAsync();
        await VoiceSipp.StopAsync(_phone);
        _phone.Dispose();
        Directory.Delete(_phoneDirectory, recursive: true);
    }
}
