using System.Net;
using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Media.Codecs;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Rtp;

/// <summary>
/// Two SRTP-keyed sessions over real UDP with a tap in between that records what is on the wire and forwards it:
/// the receiver hears the tone, the wire does not carry it.
/// </summary>
public sealed class RtpSessionSrtpTests
{
    private readonly byte[] _keyA = SrtpSession.NewKeySalt();
    private readonly byte[] _keyB = SrtpSession.NewKeySalt();

    [Fact]
    public async Task Play_ThroughTap_WireIsNotPlainG711_ReceiverDecodesTheTone()
    {
        await using var a = Session();
        await using var b = Session();
        using var tap = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        tap.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Configure(a, (IPEndPoint)tap.LocalEndPoint!, b.RtcpPort, _keyA, _keyB);
        Configure(b, new IPEndPoint(IPAddress.Loopback, a.RtpPort), a.RtcpPort, _keyB, _keyA);
        var wire = new List<byte[]>();
        var forwarding = ForwardAsync(tap, b.RtpPort, wire, 10);
        var received = new List<short>();
        var enough = new TaskCompletionSource();
        b.AudioReceived += pcm =>
        {
            lock (received)
            {
                received.AddRange(pcm.Span);
                if (received.Count >= 1600)
                {
                    enough.TrySetResult();
                }
            }
        };

        var tone = RtpSessionTests.Tone(1600);
        await a.Sender.PlayAsync(tone, CancellationToken.None);
        await forwarding.WaitAsync(TimeSpan.FromSeconds(10));
        await enough.Task.WaitAsync(TimeSpan.FromSeconds(10));

        for (var i = 0; i < tone.Length; i++)
        {
            Assert.InRange(received[i], tone[i] - 600, tone[i] + 600);
        }

        Assert.All(wire, packet => Assert.Equal(RtpPacket.HeaderSize + 160 + 10, packet.Length));
        var onWire = new short[160];
        var matching = 0;
        for (var p = 0; p < wire.Count; p++)
        {
            G711.Decode(wire[p].AsSpan(RtpPacket.HeaderSize, 160), onWire, aLaw: false);
            matching += onWire.Select((sample, i) => Math.Abs(sample - tone[(p * 160) + i]) <= 600 ? 1 : 0).Sum();
        }

        Assert.True(matching < 1600 / 2, $"{matching} of 1600 samples on the wire decode to the tone: the payload is not encrypted");
        Assert.Equal(10, a.Srtp!.Outbound.Packets);
        Assert.Equal(10, b.Srtp!.Inbound.Packets);
        Assert.Equal(0, b.Srtp.Inbound.AuthenticationFailures);
    }

    [Fact]
    public async Task PlainRtpToAnSrtpSession_DroppedAndCounted_NoAudio()
    {
        await using var b = Session();
        Configure(b, new IPEndPoint(IPAddress.Loopback, 9), 10, _keyB, _keyA);
        var heard = 0;
        b.AudioReceived += _ => Interlocked.Increment(ref heard);
        using var attacker = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var packet = new byte[RtpPacket.HeaderSize + 160 + 10];
        new RtpPacket(false, 0, 1, 160, 42, new byte[160]).WriteTo(packet);

        await attacker.SendToAsync(packet, SocketFlags.None, new IPEndPoint(IPAddress.Loopback, b.RtpPort));
        for (var i = 0; i < 200 && b.Srtp!.Inbound.AuthenticationFailures == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(1, b.Srtp!.Inbound.AuthenticationFailures);
        Assert.Equal(0, b.PacketsReceived);
        Assert.Equal(0, heard);
    }

    [Fact]
    public async Task Rtcp_IsSrtcp_PeerReadsTheReport()
    {
        await using var a = Session();
        await using var b = Session();
        Configure(a, new IPEndPoint(IPAddress.Loopback, b.RtpPort), b.RtcpPort, _keyA, _keyB);
        Configure(b, new IPEndPoint(IPAddress.Loopback, a.RtpPort), a.RtcpPort, _keyB, _keyA);
        await a.Sender.PlayAsync(RtpSessionTests.Tone(480), CancellationToken.None);

        await a.SendReportAsync(bye: false);
        for (var i = 0; i < 100 && b.LastRemoteReport is null; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(a.Sender.Ssrc, b.LastRemoteReport!.Ssrc);
        Assert.Equal(3u, b.LastRemoteReport.PacketCount);
        Assert.Equal(3 + 1, a.Srtp!.Outbound.Packets);
    }

    [Fact]
    public async Task Reconfigure_SameKeysKeepTheSession_NewKeysReplaceIt_PlainDropsIt()
    {
        await using var a = Session();
        Configure(a, new IPEndPoint(IPAddress.Loopback, 9), 10, _keyA, _keyB);
        var first = a.Srtp;

        Configure(a, new IPEndPoint(IPAddress.Loopback, 9), 10, _keyA, _keyB);
        Assert.Same(first, a.Srtp);
        Configure(a, new IPEndPoint(IPAddress.Loopback, 9), 10, _keyA, SrtpSession.NewKeySalt());
        Assert.NotSame(first, a.Srtp);
        a.Configure(new NegotiatedMedia(new IPEndPoint(IPAddress.Loopback, 9), null, 0, null, SdpDirection.SendRecv));
        Assert.Null(a.Srtp);
    }

    private static async Task ForwardAsync(Socket tap, int port, List<byte[]> wire, int count)
    {
        var buffer = new byte[2048];
        EndPoint any = new IPEndPoint(IPAddress.Any, 0);
        while (wire.Count < count)
        {
            var received = await tap.ReceiveFromAsync(buffer, SocketFlags.None, any);
            wire.Add(buffer[..received.ReceivedBytes]);
            await tap.SendToAsync(buffer.AsMemory(0, received.ReceivedBytes), SocketFlags.None, new IPEndPoint(IPAddress.Loopback, port));
        }
    }

    private static void Configure(RtpSession session, IPEndPoint rtp, int rtcpPort, byte[] local, byte[] remote) =>
        session.Configure(new NegotiatedMedia(rtp, new IPEndPoint(IPAddress.Loopback, rtcpPort), 0, 101, SdpDirection.SendRecv, new SrtpKeying(SrtpSuite.AesCm128HmacSha1_80, local, remote)));

    private static RtpSession Session()
    {
        var session = new RtpSession(IPAddress.Loopback, RtpPortRange.Ephemeral, TimeProvider.System, NullLogger.Instance);
        session.Start(TimeSpan.FromMinutes(5));
        return session;
    }
}
