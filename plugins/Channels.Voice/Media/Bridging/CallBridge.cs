using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;

namespace ContactCenter.Plugins.Channels.Voice.Media.Bridging;

/// <summary>
/// The B2BUA's media and hang-up coupling for one answered call: the customer's leg and the agent's leg joined in a
/// <see cref="CallMixer"/> (media anchored here, RTP relayed both ways through decode/mix/encode), supervisors and
/// conference parties added live, and whichever side hangs up first ends the other (BYE).
/// </summary>
internal sealed class CallBridge : IAsyncDisposable
{
    private readonly List<RtpMixerLink> _links = [];
    private readonly Dictionary<string, SipOutboundCall> _joinedLegs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _agentReleased;
    private bool _agentKept;

    public CallBridge(ISipCustomerLeg customer, SipOutboundCall agent, TimeProvider time)
    {
        Customer = customer;
        Agent = agent;
        Mixer = new CallMixer(time);
        _links.Add(new RtpMixerLink(Mixer, "customer", MixerRole.Customer, customer.Media));
        _links.Add(new RtpMixerLink(Mixer, "agent", MixerRole.Agent, agent.Media));
    }

    public ISipCustomerLeg Customer { get; }

    public SipOutboundCall Agent { get; }

    public CallMixer Mixer { get; }

    /// <summary>Whether the agent's leg ending leaves the customer's leg up (<see cref="ReleaseAgent"/>).</summary>
    public bool AgentReleased => Volatile.Read(ref _agentReleased);

    /// <summary>
    /// A transfer is under way: when the agent's leg ends the bridge stops without hanging up the customer, whose
    /// leg carries on (music on hold, the next agent). <paramref name="released"/> false undoes it (the transfer failed).
    /// </summary>
    public void ReleaseAgent(bool released = true) => Volatile.Write(ref _agentReleased, released);

    /// <summary>
    /// The agent's leg is being handed to another bridge (an attended transfer takes the consulted agent's leg from
    /// the consultation): when the customer's side ends, the bridge stops without hanging up the agent's leg.
    /// </summary>
    public void KeepAgent() => Volatile.Write(ref _agentKept, true);

    /// <summary>Adds a monitoring supervisor or a conference party on its own RTP session (its own leg).</summary>
    public MixerParticipant Join(string id, MixerRole role, RtpSession session, MonitorMode mode = MonitorMode.Listen)
    {
        var link = new RtpMixerLink(Mixer, id, role, session, mode);
        lock (_lock)
        {
            _links.Add(link);
        }

        return link.Participant;
    }

    /// <summary>
    /// Joins a leg we dialled (a supervisor's or a conference party's phone) once it answers, and removes it when it
    /// ends. Returns how the dial went; only <see cref="SipDialOutcome.Answered"/> joins.
    /// </summary>
    public async Task<SipDialOutcome> JoinLegAsync(SipOutboundCall leg, string id, MixerRole role, MonitorMode mode = MonitorMode.Listen)
    {
        ArgumentNullException.ThrowIfNull(leg);
        var outcome = await leg.Outcome.ConfigureAwait(false);
        if (outcome != SipDialOutcome.Answered)
        {
            return outcome;
        }

        lock (_lock)
        {
            _joinedLegs[id] = leg;
        }

        Join(id, role, leg.Media, mode);
        _ = leg.Ended.ContinueWith(
            _ =>
            {
                lock (_lock)
                {
                    _joinedLegs.Remove(id);
                }

                Leave(id);
            },
            TaskScheduler.Default);
        return outcome;
    }

    /// <summary>Hangs up a joined leg (it then leaves the mix); false when no leg has that id.</summary>
    public async Task<bool> HangupJoinedAsync(string id)
    {
        SipOutboundCall? leg;
        lock (_lock)
        {
            leg = _joinedLegs.GetValueOrDefault(id);
        }

        if (leg is null)
        {
            return false;
        }

        await leg.HangupAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>Removes a participant added with <see cref="Join"/>; false when there is none with that id.</summary>
    public bool Leave(string id)
    {
        RtpMixerLink? link;
        lock (_lock)
        {
            link = _links.Find(l => l.Participant.Id == id);
            if (link is not null)
            {
                _links.Remove(link);
            }
        }

        link?.Dispose();
        return link is not null;
    }

    /// <summary>
    /// Mixes until one side ends, then hangs up the other (not the customer when the agent was released for a transfer)
    /// and every joined leg; returns who ended first.
    /// </summary>
    public async Task<BridgeEnd> RunAsync()
    {
        Mixer.Start();
        var first = await Task.WhenAny(Customer.Ended, Agent.Ended).ConfigureAwait(false);
        var end = first == Customer.Ended ? BridgeEnd.Customer : BridgeEnd.Agent;
        if (end == BridgeEnd.Customer && !Volatile.Read(ref _agentKept))
        {
            await Agent.HangupAsync().ConfigureAwait(false);
        }
        else if (!AgentReleased)
        {
            await Customer.HangupAsync().ConfigureAwait(false);
        }

        List<SipOutboundCall> joined;
        lock (_lock)
        {
            joined = [.. _joinedLegs.Values];
        }

        await Task.WhenAll(joined.Select(leg => leg.HangupAsync())).ConfigureAwait(false);
        return end;
    }

    public async ValueTask DisposeAsync()
    {
        await Mixer.DisposeAsync().ConfigureAwait(false);
        lock (_lock)
        {
            foreach (var link in _links)
            {
                link.Dispose();
            }

            _links.Clear();
        }
    }
}
