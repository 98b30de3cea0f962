using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>
/// The presence rules, pure so that the agent grain (authoritative) and routing (candidate lists) apply the same ones.
/// </summary>
internal static class AgentRules
{
    /// <summary>
    /// The routing sub-state derived from the work in hand, by precedence: Reserved (an offer is pending),
    /// OnContact (any connected work), WrapUp, NotResponding (a missed offer, until the agent chooses a status), Idle.
    /// </summary>
    public static RoutingSubState Derive(IEnumerable<AgentWorkPhase> phases, bool notResponding)
    {
        var set = phases.ToHashSet();
        return set.Contains(AgentWorkPhase.Offered) ? RoutingSubState.Reserved
            : set.Contains(AgentWorkPhase.Connected) ? RoutingSubState.OnContact
            : set.Contains(AgentWorkPhase.WrapUp) ? RoutingSubState.WrapUp
            : notResponding ? RoutingSubState.NotResponding
            : RoutingSubState.Idle;
    }

    /// <summary>Whether a call (voice or video) is a live medium that blocks digital work.</summary>
    public static bool IsLiveMedia(ChannelKind channel) => channel is ChannelKind.Voice or ChannelKind.Video;

    /// <summary>
    /// Why the agent cannot be offered work on <paramref name="channel"/> now, or <see langword="null"/> if it can:
    /// a routable status, not NotResponding, no pending offer (one offer per agent at a time), no work in wrap-up
    /// (after-contact work holds the agent until it ends), room on the channel, and no live call when calls block digital work.
    /// </summary>
    public static string? WhyNotOfferable(AgentPresence presence, bool notResponding, ChannelKind channel)
    {
        if (!presence.IsRoutable)
        {
            return $"status '{presence.StatusId}' is not routable";
        }

        if (notResponding)
        {
            return "the agent missed an offer and has not chosen a status since";
        }

        if (presence.Work.Any(w => w.Phase == AgentWorkPhase.Offered))
        {
            return "an offer is already pending";
        }

        if (presence.Work.Any(w => w.Phase == AgentWorkPhase.WrapUp))
        {
            return "after-contact work is in progress";
        }

        return WhyNoCapacity(presence.Work, presence.Capacity, channel);
    }

    /// <summary>Why the agent has no room on <paramref name="channel"/>, or <see langword="null"/> if it has.</summary>
    public static string? WhyNoCapacity(IReadOnlyList<AgentWorkItem> work, ChannelCapacity capacity, ChannelKind channel)
    {
        var limit = capacity.LimitFor(channel);
        if (work.Count(w => w.Channel == channel) >= limit)
        {
            return $"no capacity left on {channel} (limit {limit})";
        }

        if (!IsLiveMedia(channel) && capacity.VoiceBlocksDigital && work.Any(w => IsLiveMedia(w.Channel) && w.Phase != AgentWorkPhase.WrapUp))
        {
            return "on a call, which blocks digital work";
        }

        return null;
    }

    /// <summary>Whether the agent's skills meet every requirement.</summary>
    public static bool HasSkills(IReadOnlyList<AgentSkill> skills, IReadOnlyList<SkillRequirement> required) =>
        required.All(r => skills.Any(s => s.SkillId == r.SkillId && s.Level >= r.MinLevel));
}
