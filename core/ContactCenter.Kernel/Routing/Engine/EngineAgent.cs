using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>What the engine knows of one agent: directory data, presence, work counts, and its own claim.</summary>
internal sealed class EngineAgent(string id)
{
    private static readonly ChannelKind[] Channels = Enum.GetValues<ChannelKind>();
    private readonly int[] _counts = new int[Channels.Length];

    public string Id { get; } = id;

    public Dictionary<string, int> Levels { get; private set; } = new(StringComparer.Ordinal);

    public AgentSkill[] Skills { get; private set; } = [];

    public string[] TeamIds { get; set; } = [];

    public ChannelCapacity Capacity { get; set; } = ChannelCapacity.Default;

    public bool Routable { get; set; }

    public bool NotResponding { get; set; }

    public bool HasPendingOffer { get; set; }

    /// <summary>The agent grain refused a reservation the engine thought possible: nothing for it until it is heard from again.</summary>
    public bool Held { get; set; }

    /// <summary>A live call (voice or video, not in wrap-up) in hand: blocks digital work when the capacity says so.</summary>
    public bool OnLiveCall { get; set; }

    public int Active { get; set; }

    public DateTimeOffset? IdleSince { get; set; }

    public long Version { get; set; } = -1;

    /// <summary>The item the engine chose this agent for, until the offer is made or fails.</summary>
    public EngineItem? Claim { get; set; }

    public OccupancyTracker Occupancy { get; } = new();

    /// <summary>The queues this agent could serve at some overflow step; rebuilt when skills or queues change.</summary>
    public List<EngineQueue>? Lanes { get; set; }

    /// <summary>Room for one more piece of work on at least one channel, and no work in wrap-up; an agent without any is not indexed as free.</summary>
    public bool HasRoom { get; private set; } = true;

    /// <summary>Whether the agent may receive an offer at all now (routable, responding, no offer pending, unclaimed, some room).</summary>
    public bool IsFree => Routable && !NotResponding && !HasPendingOffer && !Held && Claim is null && HasRoom;

    public void SetSkills(IReadOnlyList<AgentSkill> skills)
    {
        Skills = [.. skills];
        Levels = skills.GroupBy(s => s.SkillId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(s => s.Level), StringComparer.Ordinal);
        Lanes = null;
    }

    public void SetWork(IReadOnlyList<AgentWorkItem> work)
    {
        Array.Clear(_counts);
        var pending = false;
        var live = false;
        var wrapUp = false;
        foreach (var item in work)
        {
            _counts[(int)item.Channel]++;
            pending |= item.Phase == AgentWorkPhase.Offered;
            live |= item.Channel is ChannelKind.Voice or ChannelKind.Video && item.Phase != AgentWorkPhase.WrapUp;
            wrapUp |= item.Phase == AgentWorkPhase.WrapUp;
        }

        HasPendingOffer = pending;
        OnLiveCall = live;
        Active = work.Count;
        // After-contact work holds the agent whole (the agent grain's rule): no room anywhere until it ends.
        HasRoom = !wrapUp && Array.Exists(Channels, Fits);
    }

    /// <summary>Room on <paramref name="channel"/>: the same rule as the agent grain's (capacity per channel, calls block digital).</summary>
    public bool CanTake(ChannelKind channel) => IsFree && Fits(channel);

    private bool Fits(ChannelKind channel) =>
        _counts[(int)channel] < Capacity.LimitFor(channel)
        && (channel is ChannelKind.Voice or ChannelKind.Video || !Capacity.VoiceBlocksDigital || !OnLiveCall);

    public bool Meets(IReadOnlyList<SkillRequirement> required)
    {
        foreach (var requirement in required)
        {
            if (!Levels.TryGetValue(requirement.SkillId, out var level) || level < requirement.MinLevel)
            {
                return false;
            }
        }

        return true;
    }
}
