using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Rtp;

/// <summary>Two sessions on loopback ephemeral ports exchange audio, digits and RTCP over real UDP.</summary>
public sealed class RtpSessionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public async Task Play_ToneReachesPeer_DecodedCloseToSource(int payloadType)
    {
        await using var a = Session();
        await using var b = Session();
        Connect(a, b, payloadType);
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

        var tone = Tone(1600);
        await a.Sender.PlayAsync(tone, CancellationToken.None);
        await enough.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(10, b.PacketsReceived);
        for (var i = 0; i < tone.Length; i++)
        {
            Assert.InRange(received[i], tone[i] - 600, tone[i] + 600);
        }
    }

    [Fact]
    public async Task Dtmf_DigitReportedOnce()
    {
        await using var a = Session();
        await using var b = Session();
        Connect(a, b, 0);
        var digits = new List<char>();
        var got = new TaskCompletionSource();
        b.DtmfReceived += digit =>
        {
            lock (digits)
            {
                digits.Add(digit);
                if (digits.Count == 2)
                {
                    got.TrySetResult();
                }
            }
        };

        await a.Sender.SendDtmfAsync('5', TimeSpan.FromMilliseconds(100), CancellationToken.None);
        await a.Sender.SendDtmfAsync('#', TimeSpan.FromMilliseconds(60), CancellationToken.None);
        await got.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(100);

        Assert.Equal(['5', '#'], digits);
    }

    [Fact]
    public async Task Rtcp_SenderReportReachesPeerWithCounts()
    {
        await using var a = Session();
        await using var b = Session();
        Connect(a, b, 0);
        await a.Sender.PlayAsync(Tone(480), CancellationToken.None);

        await a.SendReportAsync(bye: false);
        for (var i = 0; i < 100 && b.LastRemoteReport is null; i++)
        {
            await Task.Delay(20);
        }

        var report = b.LastRemoteReport!;
        Assert.True(report.IsSenderReport);
        Assert.Equal(3u, report.PacketCount);
        Assert.Equal(480u, report.OctetCount);
        Assert.Equal(a.Sender.Ssrc, report.Ssrc);
    }

    [Fact]
    public async Task SendDtmf_WithoutTelephoneEvent_Throws()
    {
        await using var a = Session();
        a.Configure(new NegotiatedMedia(new IPEndPoint(IPAddress.Loopback, 9), null, 0, null, SdpDirection.SendRecv));

        await Assert.ThrowsAsync<InvalidOperationException>(() => a.Sender.SendDtmfAsync('1', TimeSpan.FromMilliseconds(60), CancellationToken.None));
    }

    internal static short[] Tone(int samples) =>
        Enumerable.Range(0, samples).Select(i => (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / 8000.0))).ToArray();

    private static RtpSession Session()
    {
        var session = new RtpSession(IPAddress.Loopback, RtpPortRange.Ephemeral, TimeProvider.System, NullLogger.Instance);
        session.Start(TimeSpan.FromMinutes(5));
        return session;
    }

    private static void Connect(RtpSession a, RtpSession b, int payloadType)
    {
        a.Configure(new NegotiatedMedia(new IPEndPoint(IPAddress.Loopback, b.RtpPort), new IPEndPoint(IPAddress.Loopback, b.RtcpPort), payloadType, 101, SdpDirection.SendRecv));
        b.Configure(new NegotiatedMedia(new IPEndPoint(IPAddress.Loopback, a.RtpPort), new IPEndPoint(IPAddress.Loopback, a.RtcpPort), payloadType, 101, SdpDirection.SendRecv));
    }
}
