using System.Net;
using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Trunks;

/// <summary>
/// A call through a trunk from the call layer (T1 = 10 ms) to a carrier on a loopback UDP socket: each final status
/// maps to its trunk outcome (busy, no answer, rejected), a carrier that never answers is "trunk down" once the
/// transaction times out, and a second challenge after our credentials ends the call (one more INVITE, no loop).
/// </summary>
public sealed class SipTrunkDialTests
{
    private static readonly SipTimers Fast = new() { T1 = TimeSpan.FromMilliseconds(10) };

    [Theory]
    [InlineData(486, "Busy")]
    [InlineData(600, "Busy")]
    [InlineData(480, "NoAnswer")]
    [InlineData(408, "NoAnswer")]
    [InlineData(403, "Rejected")]
    [InlineData(404, "Rejected")]
    [InlineData(484, "Rejected")]
    [InlineData(503, "Rejected")]
    [InlineData(603, "Rejected")]
    public async Task Dial_CarrierAnswersStatus_MappedOutcome(int status, string expected)
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        var call = await DialAsync(server, carrier, new SipTrunkChallenge(null));
        var (invite, from) = await ReceiveInviteAsync(carrier);
        await RespondAsync(carrier, invite, from, status);

        Assert.Equal(Enum.Parse<SipTrunkOutcome>(expected), SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.Equal(status, call.FinalStatus);
    }

    [Fact]
    public async Task Dial_CarrierNeverAnswers_TrunkDown()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        var call = await DialAsync(server, carrier, new SipTrunkChallenge(null));
        await ReceiveInviteAsync(carrier);

        Assert.Equal(SipTrunkOutcome.TrunkDown, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.False(call.PeerResponded);
    }

    [Fact]
    public async Task Dial_ChallengedAgainAfterCredentials_RejectedAfterExactlyOneRetry()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var challenge = new SipTrunkChallenge(new SipTrunkCredentials("acme", "trunk-secret", null));

        var call = await DialAsync(server, carrier, challenge);
        var (first, from) = await ReceiveInviteAsync(carrier);
        await RespondAsync(carrier, first, from, 407, "Digest realm=\"carrier.test\", nonce=\"n1\", qop=\"auth\"");
        var (second, _) = await ReceiveInviteAsync(carrier, skipAcks: true);
        await RespondAsync(carrier, second, from, 407, "Digest realm=\"carrier.test\", nonce=\"n2\", qop=\"auth\"");

        Assert.Equal(SipTrunkOutcome.Rejected, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.NotNull(second.Headers.Get(SipHeaderNames.ProxyAuthorization));
        Assert.Equal((2L, first.CallId), (second.CSeq!.Sequence, second.CallId));
        Assert.Contains("refused the trunk's credentials", challenge.Refusal, StringComparison.Ordinal);
        Assert.Equal(2L, call.Invite.CSeq!.Sequence);
    }

    private static async Task<SipOutboundCall> DialAsync(RunningCallServer server, UdpClient carrier, SipTrunkChallenge challenge)
    {
        var proxy = (IPEndPoint)carrier.Client.LocalEndPoint!;
        await using var route = TestTrunkRoute.Create(server.Server);
        var hop = (await route.ConnectAsync(SipTrunkTarget.Udp(proxy))).Hop!;
        var target = $"sip:+34600111222@127.0.0.1:{proxy.Port}";
        return server.Calls.DialThrough(new SipDialRequest(SipUri.Parse(target), target, "+34910000001", "Autos"), hop.Peer, hop.Destination, challenge.Answer);
    }

    /// <summary>The next INVITE the carrier receives (ACKs to earlier finals skipped when asked; retransmissions are the same INVITE).</summary>
    private static async Task<(SipRequest Invite, IPEndPoint From)> ReceiveInviteAsync(UdpClient carrier, bool skipAcks = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var datagram = await carrier.ReceiveAsync(timeout.Token);
            if (SipMessageParser.Parse(datagram.Buffer, SipLimits.Default) is SipRequest { Method: SipMethods.Invite } invite
                && (!skipAcks || invite.CSeq!.Sequence > 1))
            {
                return (invite, datagram.RemoteEndPoint);
            }
        }
    }

    private static async Task RespondAsync(UdpClient carrier, SipRequest invite, IPEndPoint to, int status, string? proxyAuthenticate = null)
    {
        var response = SipResponse.CreateFor(invite, status, toTag: "carrier");
        if (proxyAuthenticate is not null)
        {
            response.Headers.Add("Proxy-Authenticate", proxyAuthenticate);
        }

        await carrier.SendAsync(SipMessageSerializer.Serialize(response), to);
    }
}
