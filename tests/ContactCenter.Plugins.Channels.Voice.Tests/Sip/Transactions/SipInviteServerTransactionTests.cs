using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using Microsoft.Extensions.Time.Testing;
using static ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transactions.SipTransactionMessages;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transactions;

public sealed class SipInviteServerTransactionTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly List<SipResponse> _sent = [];

    [Fact]
    public async Task Retransmission_WhileProceeding_ResendsLastProvisional()
    {
        using var transaction = Server(reliable: false);
        await transaction.RespondAsync(Response(transaction.Invite, 100, toTag: null));
        await transaction.RespondAsync(Response(transaction.Invite, 180));

        await transaction.OnRetransmissionAsync();

        Assert.Equal([100, 180, 180], _sent.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Busy_TimerGRetransmitsUntilAckThenTimerITerminates()
    {
        using var transaction = Server(reliable: false);
        await transaction.RespondAsync(Response(transaction.Invite, 486));

        Advance(TimeSpan.FromSeconds(1.6)); // G: 0.5, 1.5
        Assert.Equal(3, transaction.FinalSends);
        Assert.True(transaction.OnAck());
        Assert.False(transaction.OnAck());
        Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(3, transaction.FinalSends);
        Assert.Equal(SipTransactionState.Confirmed, transaction.State);
        Advance(TimeSpan.FromSeconds(1.1)); // Timer I = T4

        Assert.Equal(SipTransactionState.Terminated, transaction.State);
    }

    [Fact]
    public async Task Ok_NoAck_RetransmitsCappedAtT2ThenAckTimedOut()
    {
        using var transaction = Server(reliable: false);
        var timedOut = false;
        transaction.AckTimedOut += _ => timedOut = true;
        await transaction.RespondAsync(Response(transaction.Invite, 200));

        // 0.5, 1.5, 3.5, 7.5, then every 4 s (T2) up to 31.5
        Advance(TimeSpan.FromSeconds(31.9));
        Assert.Equal(1 + 4 + 6, transaction.FinalSends);
        Assert.False(timedOut);
        Advance(TimeSpan.FromMilliseconds(200));

        Assert.True(timedOut);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
    }

    [Fact]
    public async Task SecondFinal_Dropped()
    {
        using var transaction = Server(reliable: true);
        Assert.True(await transaction.RespondAsync(Response(transaction.Invite, 200)));

        Assert.False(await transaction.RespondAsync(Response(transaction.Invite, 487)));

        Assert.Equal([200], _sent.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Reliable_NoRetransmissionButTimerH()
    {
        using var transaction = Server(reliable: true);
        var timedOut = false;
        transaction.AckTimedOut += _ => timedOut = true;
        await transaction.RespondAsync(Response(transaction.Invite, 603));

        Advance(TimeSpan.FromSeconds(32.1));

        Assert.Equal(1, transaction.FinalSends);
        Assert.True(timedOut);
    }

    private SipInviteServerTransaction Server(bool reliable) =>
        new(Request(SipMethods.Invite), reliable, new SipTimers(), _time, bytes =>
        {
            lock (_sent)
            {
                _sent.Add((SipResponse)Parse(bytes));
            }

            return ValueTask.CompletedTask;
        });

    private void Advance(TimeSpan by)
    {
        for (var step = TimeSpan.Zero; step < by; step += TimeSpan.FromMilliseconds(50))
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
        }
    }
}
