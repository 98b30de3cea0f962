using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Calls;

/// <summary>
/// The UAS side of early media without PRACK on a call with its INVITE transaction and a fake clock: a 183 with our
/// SDP answer (no Require: 100rel), sent again each minute while no final response went out (RFC 3261 §13.3.1.1) and
/// never after; the 200 carries the same SDP; a CANCEL in early media gets its 487 and ends the call; our hang-up is a
/// 480 with a bilingual Warning; an INVITE without an offer gets no early media.
/// </summary>
public sealed class SipCallEarlyMediaTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly ConcurrentQueue<SipResponse> _sent = new();
    private readonly RtpSession _media = new(IPAddress.Loopback, RtpPortRange.Ephemeral, TimeProvider.System, NullLogger.Instance);

    public async ValueTask DisposeAsync() => await _media.DisposeAsync();

    [Fact]
    public async Task EarlyMedia_183WithTheAnswer_RepeatedEveryMinute_200CarriesTheSameSdp_NoMore183()
    {
        var call = Call(withOffer: true);

        Assert.True(await call.StartEarlyMediaAsync());

        Assert.Equal(SipCallState.EarlyMedia, call.State);
        var progress = Assert.Single(_sent);
        Assert.Equal(SipStatusCodes.SessionProgress, progress.StatusCode);
        Assert.Equal("application/sdp", progress.Headers.Get(SipHeaderNames.ContentType));
        Assert.Null(progress.Headers.Get("Require"));
        Assert.Equal(call.Dialog.LocalTag, progress.To!.Tag);
        Assert.NotNull(progress.Headers.Get(SipHeaderNames.Contact));
        var sdp = Encoding.UTF8.GetString(progress.Body.Span);
        Assert.Contains($"m=audio {_media.RtpPort} ", sdp, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(50);
        Assert.Single(_sent);
        _time.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(2);
        var again = _sent.Last();
        Assert.Equal(SipStatusCodes.SessionProgress, again.StatusCode);
        Assert.Equal(sdp, Encoding.UTF8.GetString(again.Body.Span));

        Assert.False(await call.StartEarlyMediaAsync());
        Assert.True(await call.AnswerAsync());
        await WaitForAsync(3);
        var ok = _sent.Last();
        Assert.Equal(SipStatusCodes.Ok, ok.StatusCode);
        Assert.Equal(sdp, Encoding.UTF8.GetString(ok.Body.Span));
        Assert.Equal(SipCallState.Answered, call.State);

        _time.Advance(TimeSpan.FromMinutes(3));
        await Task.Delay(50);
        Assert.Equal(3, _sent.Count);
    }

    [Fact]
    public async Task CancelInEarlyMedia_487_CallCancelled_No183After()
    {
        var call = Call(withOffer: true);
        Assert.True(await call.StartEarlyMediaAsync());

        Assert.True(await call.OnCancelAsync());

        Assert.Equal(SipStatusCodes.RequestTerminated, _sent.Last().StatusCode);
        Assert.Equal(SipCallEndReason.Cancelled, await call.Ended);
        Assert.Equal(SipCallState.Ended, call.State);
        Assert.False(await call.AnswerAsync());
        _time.Advance(TimeSpan.FromMinutes(2));
        await Task.Delay(50);
        Assert.Equal(2, _sent.Count);
    }

    [Fact]
    public async Task HangupInEarlyMedia_480WithBilingualWarning()
    {
        var call = Call(withOffer: true);
        Assert.True(await call.StartEarlyMediaAsync());

        await call.HangupAsync();

        var final = _sent.Last();
        Assert.Equal(SipStatusCodes.TemporarilyUnavailable, final.StatusCode);
        Assert.Equal($"399 contactcenter \"{SipCall.EndedInEarlyMediaWarning}\"", final.Headers.Get("Warning"));
        Assert.Equal(SipCallEndReason.LocalHangup, await call.Ended);
    }

    [Fact]
    public async Task OfferlessInvite_NoEarlyMedia_NothingSent_AnswerCarriesOurOffer()
    {
        var call = Call(withOffer: false);

        Assert.False(await call.StartEarlyMediaAsync());

        Assert.Empty(_sent);
        Assert.Equal(SipCallState.Offered, call.State);
        Assert.True(await call.AnswerAsync());
        Assert.Equal(SipStatusCodes.Ok, Assert.Single(_sent).StatusCode);
    }

    private SipCall Call(bool withOffer)
    {
        var invite = SipTestClient.Parse(
            "INVITE sip:autos@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:5999;branch=z9hG4bK-early\r\nMax-Forwards: 70\r\n" +
            "From: <sip:5550100@127.0.0.1>;tag=a1\r\nTo: <sip:autos@127.0.0.1>\r\nCall-ID: early@test\r\nCSeq: 1 INVITE\r\n" +
            "Contact: <sip:5550100@127.0.0.1:5999;transport=tcp>\r\n" + (withOffer ? "Content-Type: application/sdp\r\n" : string.Empty) + "Content-Length: 0\r\n\r\n");
        if (withOffer)
        {
            invite.Body = Encoding.UTF8.GetBytes("v=0\r\no=caller 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n");
        }

        var source = new SipSource("TCP", new IPEndPoint(IPAddress.Loopback, 5999), new IPEndPoint(IPAddress.Loopback, 5060));
        var transaction = new SipInviteServerTransaction(invite, true, new SipTimers(), _time, bytes =>
        {
            _sent.Enqueue((SipResponse)SipMessageParser.Parse(bytes, SipLimits.Default));
            return ValueTask.CompletedTask;
        });
        var (state, reject, _) = SipCallMediaState.Create(invite, _media, "127.0.0.1");
        Assert.Null(reject);
        return new SipCall(transaction, SipDialog.ForUas(invite, "b2", source), _media, state!, new Sender(), time: _time);
    }

    private async Task WaitForAsync(int responses)
    {
        for (var i = 0; i < 200 && _sent.Count < responses; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(responses, _sent.Count);
    }

    /// <summary>Only what an unanswered call uses of the transport: its sent-by for Contact.</summary>
    private sealed class Sender : ISipSender
    {
        public SipTimers Timers { get; } = new();

        public string SentBy(SipSource peer) => "127.0.0.1:5060";

        public ValueTask SendRawAsync(byte[] bytes, SipSource peer, IPEndPoint? destination = null) => throw new NotSupportedException();

        public Task<SipResponse> SendRequestAsync(SipRequest request, SipSource peer, IPEndPoint destination) => throw new NotSupportedException();

        public Task<SipResponse> SendRequestAsync(SipRequest request, SipSource peer, IPEndPoint destination, Action<SipResponse>? provisional) => throw new NotSupportedException();

        public SipSource OutboundUdp(IPEndPoint remote) => throw new NotSupportedException();
    }
}
