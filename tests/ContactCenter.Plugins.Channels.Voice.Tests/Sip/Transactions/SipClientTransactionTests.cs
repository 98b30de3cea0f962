using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using Microsoft.Extensions.Time.Testing;
using static ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transactions.SipTransactionMessages;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transactions;

public sealed class SipClientTransactionTests
{
    private static readonly SipTimers Timers = new();
    private readonly FakeTimeProvider _time = new();
    private readonly List<byte[]> _sent = [];

    [Fact]
    public async Task Invite_NoAnswerOnUdp_TimerADoublesAndTimerBGives408()
    {
        using var transaction = Client(SipMethods.Invite, reliable: false);
        await transaction.StartAsync();

        // Timer A: resent at 0.5, 1.5, 3.5, 7.5, 15.5, 31.5 s; Timer B at 32 s.
        Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(2, transaction.Sends);
        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, transaction.Sends);
        Advance(TimeSpan.FromSeconds(30.4));
        Assert.Equal(7, transaction.Sends);
        Assert.False(transaction.Final.IsCompleted);
        Advance(TimeSpan.FromMilliseconds(200));

        Assert.Equal(SipStatusCodes.RequestTimeout, (await transaction.Final).StatusCode);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
    }

    [Fact]
    public async Task Invite_OnTcp_NoRetransmissionButTimerB()
    {
        using var transaction = Client(SipMethods.Invite, reliable: true);
        await transaction.StartAsync();

        Advance(TimeSpan.FromSeconds(31.9));
        Assert.Equal(1, transaction.Sends);
        Advance(TimeSpan.FromMilliseconds(200));

        Assert.Equal(SipStatusCodes.RequestTimeout, (await transaction.Final).StatusCode);
    }

    [Fact]
    public async Task Invite_Busy_AckSentWithResponseToTagAndRepeatedForRetransmission()
    {
        using var transaction = Client(SipMethods.Invite, reliable: false);
        await transaction.StartAsync();
        var invite = (SipRequest)Parse(_sent[0]);
        await transaction.OnResponseAsync(Response(invite, 180));
        Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, transaction.Sends);

        var busy = Response(invite, 486, toTag: "busy1");
        await transaction.OnResponseAsync(busy);
        await transaction.OnResponseAsync(busy);

        var acks = _sent.Skip(1).Select(b => (SipRequest)Parse(b)).ToList();
        Assert.Equal(2, acks.Count);
        Assert.All(acks, ack =>
        {
            Assert.Equal(SipMethods.Ack, ack.Method);
            Assert.Equal("busy1", ack.To!.Tag);
            Assert.Equal(invite.TopVia!.Branch, ack.TopVia!.Branch);
            Assert.Equal(new SipCSeq(1, SipMethods.Ack), ack.CSeq);
        });
        Assert.Equal(486, (await transaction.Final).StatusCode);
        Assert.Equal(SipTransactionState.Completed, transaction.State);
        Advance(TimeSpan.FromSeconds(32.1));
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
    }

    [Fact]
    public async Task Invite_2xx_TerminatesWithoutAck()
    {
        using var transaction = Client(SipMethods.Invite, reliable: false);
        await transaction.StartAsync();

        await transaction.OnResponseAsync(Response((SipRequest)Parse(_sent[0]), 200));

        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Single(_sent);
        Assert.Equal(200, (await transaction.Final).StatusCode);
    }

    [Fact]
    public async Task NonInvite_TimerECappedAtT2AndT2AfterProvisional()
    {
        using var transaction = Client(SipMethods.Bye, reliable: false);
        await transaction.StartAsync();

        // E: 0.5, 1, 2, 4, 4 ... -> sends at 0, 0.5, 1.5, 3.5, 7.5, 11.5
        Advance(TimeSpan.FromSeconds(11.6));
        Assert.Equal(6, transaction.Sends);
        await transaction.OnResponseAsync(Response((SipRequest)Parse(_sent[0]), 100));
        Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(7, transaction.Sends);

        await transaction.OnResponseAsync(Response((SipRequest)Parse(_sent[0]), 200));
        Assert.Equal(SipTransactionState.Completed, transaction.State);
        Advance(TimeSpan.FromSeconds(5.1));
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(7, transaction.Sends);
    }

    [Fact]
    public async Task NonInvite_NoAnswer_TimerFGives408()
    {
        using var transaction = Client(SipMethods.Bye, reliable: false);
        await transaction.StartAsync();

        Advance(TimeSpan.FromSeconds(32.1));

        Assert.Equal(SipStatusCodes.RequestTimeout, (await transaction.Final).StatusCode);
    }

    private SipClientTransaction Client(string method, bool reliable) =>
        new(Request(method), reliable, Timers, _time, bytes =>
        {
            lock (_sent)
            {
                _sent.Add(bytes);
            }

            return ValueTask.CompletedTask;
        });

    private void Advance(TimeSpan by)
    {
        // Step in small increments so each timer re-armed by a callback fires at its own time.
        for (var step = TimeSpan.Zero; step < by; step += TimeSpan.FromMilliseconds(50))
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
        }
    }
}
