using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Media.Mixing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Mixing;

/// <summary>
/// Who hears whom, proven on PCM: each party says a constant level whose sum with the others' is unique
/// (customer 1000, agent 100, supervisor 10, conference party 1), so every mixed frame tells exactly who is in it.
/// </summary>
public sealed class CallMixerTests : IAsyncDisposable
{
    private const short CustomerLevel = 1000;
    private const short AgentLevel = 100;
    private const short SupervisorLevel = 10;
    private const short PartyLevel = 1;

    private readonly ConcurrentDictionary<string, short[]> _heard = new();
    private readonly CallMixer _mixer = new(TimeProvider.System);

    public ValueTask DisposeAsync() => _mixer.DisposeAsync();

    [Fact]
    public async Task Bridge_TwoParties_EachHearsOnlyTheOther()
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);

        await SayAndTickAsync();

        Assert.Equal(AgentLevel, Heard("customer"));
        Assert.Equal(CustomerLevel, Heard("agent"));
    }

    [Fact]
    public async Task Listen_SupervisorHearsBoth_HeardByNone()
    {
        AddCall(MonitorMode.Listen);

        await SayAndTickAsync();

        Assert.Equal(AgentLevel, Heard("customer"));
        Assert.Equal(CustomerLevel, Heard("agent"));
        Assert.Equal(CustomerLevel + AgentLevel, Heard("supervisor"));
    }

    [Fact]
    public async Task Whisper_SupervisorHeardByAgentOnly()
    {
        AddCall(MonitorMode.Whisper);

        await SayAndTickAsync();

        Assert.Equal(AgentLevel, Heard("customer"));
        Assert.Equal(CustomerLevel + SupervisorLevel, Heard("agent"));
        Assert.Equal(CustomerLevel + AgentLevel, Heard("supervisor"));
    }

    [Fact]
    public async Task Barge_SupervisorHeardByBoth()
    {
        AddCall(MonitorMode.Barge);

        await SayAndTickAsync();

        Assert.Equal(AgentLevel + SupervisorLevel, Heard("customer"));
        Assert.Equal(CustomerLevel + SupervisorLevel, Heard("agent"));
        Assert.Equal(CustomerLevel + AgentLevel, Heard("supervisor"));
    }

    [Fact]
    public async Task Conference_ThirdPartyHearsAndIsHeardByAll()
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);
        Add("party", MixerRole.Conference);

        await SayAndTickAsync();

        Assert.Equal(AgentLevel + PartyLevel, Heard("customer"));
        Assert.Equal(CustomerLevel + PartyLevel, Heard("agent"));
        Assert.Equal(CustomerLevel + AgentLevel, Heard("party"));
    }

    [Fact]
    public async Task ModeChange_WhisperThenBarge_TakesEffectOnNextFrame()
    {
        AddCall(MonitorMode.Whisper);
        await SayAndTickAsync();
        Assert.Equal(AgentLevel, Heard("customer"));

        _mixer.Find("supervisor")!.Mode = MonitorMode.Barge;
        await SayAndTickAsync();

        Assert.Equal(AgentLevel + SupervisorLevel, Heard("customer"));
    }

    [Theory]
    [InlineData("Listen", AgentLevel)]
    [InlineData("Whisper", AgentLevel)]
    [InlineData("Barge", AgentLevel + SupervisorLevel)]
    public async Task Recording_CustomerLeftAgentSideRight_WhisperNeverRecorded(string mode, int agentChannel)
    {
        AddCall(Enum.Parse<MonitorMode>(mode));
        short[]? left = null;
        short[]? right = null;
        _mixer.Recorded += (customer, agent) => (left, right) = (customer.ToArray(), agent.ToArray());

        await SayAndTickAsync();

        Assert.All(left!, s => Assert.Equal(CustomerLevel, s));
        Assert.All(right!, s => Assert.Equal(agentChannel, s));
    }

    [Fact]
    public async Task LoudVoices_SumSaturatesInsteadOfWrapping()
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);
        Add("party", MixerRole.Conference);
        Say("customer", 30000);
        Say("party", 30000);

        await _mixer.TickAsync();

        Assert.All(_heard["agent"], s => Assert.Equal(short.MaxValue, s));
    }

    [Fact]
    public async Task NothingReceived_SilenceSent()
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);
        Say("customer", CustomerLevel, samples: 100);

        await _mixer.TickAsync();

        Assert.All(_heard["agent"], s => Assert.Equal(0, s));
        Assert.Equal(CallMixer.FrameSamples, _heard["agent"].Length);
    }

    [Fact]
    public async Task Leave_RemovedParticipantNoLongerHeard()
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);
        Add("party", MixerRole.Conference);
        Assert.True(_mixer.Remove("party"));

        await SayAndTickAsync();

        Assert.Equal(AgentLevel, Heard("customer"));
        Assert.False(_mixer.Remove("party"));
    }

    [Fact]
    public async Task Hold_CustomerHearsOnlyMusic_NobodyHearsCustomer_MusicRecordedOnThePlatformChannel()
    {
        const short MusicLevel = 7;
        AddCall(MonitorMode.Barge);
        _mixer.Add(new MixerParticipant("hold", MixerRole.Music, _ => ValueTask.CompletedTask, source: new LoopingFrameSource([MusicLevel, MusicLevel, MusicLevel])));
        _mixer.Find("customer")!.Held = true;
        short[]? right = null;
        _mixer.Recorded += (_, agent) => right = agent.ToArray();

        await SayAndTickAsync();

        Assert.Equal(MusicLevel, Heard("customer"));
        Assert.Equal(SupervisorLevel, Heard("agent"));
        Assert.Equal(AgentLevel, Heard("supervisor"));
        Assert.All(right!, s => Assert.Equal(AgentLevel + SupervisorLevel + MusicLevel, s));
    }

    [Fact]
    public async Task Resume_CustomerHeardAgainAndMusicGone()
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);
        _mixer.Add(new MixerParticipant("hold", MixerRole.Music, _ => ValueTask.CompletedTask, source: new LoopingFrameSource([7])));
        _mixer.Find("customer")!.Held = true;
        await SayAndTickAsync();
        Assert.Equal(0, Heard("agent"));

        _mixer.Find("customer")!.Held = false;
        Assert.True(_mixer.Remove("hold"));
        await SayAndTickAsync();

        Assert.Equal(AgentLevel, Heard("customer"));
        Assert.Equal(CustomerLevel, Heard("agent"));
    }

    [Fact]
    public void LoopingFrameSource_Empty_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new LoopingFrameSource([]));

    private void AddCall(MonitorMode mode)
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);
        Add("supervisor", MixerRole.Supervisor, mode);
    }

    private void Add(string id, MixerRole role, MonitorMode mode = MonitorMode.Listen) =>
        _mixer.Add(new MixerParticipant(id, role, frame => { _heard[id] = frame.ToArray(); return ValueTask.CompletedTask; }, mode));

    private void Say(string id, short level, int samples = CallMixer.FrameSamples) =>
        _mixer.Find(id)!.Inbound.Write(Enumerable.Repeat(level, samples).ToArray());

    private async Task SayAndTickAsync()
    {
        foreach (var participant in _mixer.Participants)
        {
            Say(participant.Id, participant.Role switch
            {
                MixerRole.Customer => CustomerLevel,
                MixerRole.Agent => AgentLevel,
                MixerRole.Supervisor => SupervisorLevel,
                _ => PartyLevel,
            });
        }

        await _mixer.TickAsync();
    }

    /// <summary>The level a participant heard in the last frame (every sample must carry it).</summary>
    private int Heard(string id)
    {
        var frame = _heard[id];
        Assert.All(frame, s => Assert.Equal(frame[0], s));
        return frame[0];
    }
}
