using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Interactions;

/// <summary>Pure snapshot changes: legs, participants and the fields every transition updates.</summary>
internal static class InteractionChanges
{
    /// <summary>The snapshot after moving to <paramref name="to"/>: version + 1, state timestamp, then <paramref name="change"/>.</summary>
    public static Interaction Move(Interaction current, InteractionState to, DateTimeOffset now, Func<Interaction, Interaction>? change = null)
    {
        var moved = current with { State = to, Version = current.Version + 1, StateChangedAt = now };
        moved = change?.Invoke(moved) ?? moved;
        return to == InteractionState.Offered ? moved : moved with { OfferExpiresAt = null };
    }

    public static Interaction OpenLeg(Interaction i, string? queueId, DateTimeOffset now) =>
        i with { Legs = [.. i.Legs, new InteractionLeg { Number = i.Legs.Count + 1, QueueId = queueId, StartedAt = now }] };

    /// <summary>Ends the current leg, if one is open.</summary>
    public static Interaction EndLeg(Interaction i, DateTimeOffset now, string reason) =>
        i.Legs.Count > 0 && i.Legs[^1].EndedAt is null
            ? i with { Legs = [.. i.Legs.Take(i.Legs.Count - 1), i.Legs[^1] with { EndedAt = now, EndReason = reason }] }
            : i;

    /// <summary>Records the agent connecting on the current leg (opening one when there is none).</summary>
    public static Interaction ConnectLeg(Interaction i, string agentId, DateTimeOffset now)
    {
        var opened = i.Legs.Count > 0 && i.Legs[^1].EndedAt is null ? i : OpenLeg(i, i.QueueId, now);
        var leg = opened.Legs[^1] with { AgentId = agentId, ConnectedAt = now };
        return opened with { Legs = [.. opened.Legs.Take(opened.Legs.Count - 1), leg] };
    }

    public static Interaction Join(Interaction i, ParticipantRole role, string reference, DateTimeOffset now) =>
        i with { Participants = [.. i.Participants, new Participant { Role = role, Reference = reference, JoinedAt = now }] };

    /// <summary>Marks every present participant with <paramref name="role"/> (or every role when null) as gone.</summary>
    public static Interaction Leave(Interaction i, ParticipantRole? role, DateTimeOffset now) =>
        i with
        {
            Participants = i.Participants
                .Select(p => p.LeftAt is null && (role is null || p.Role == role) ? p with { LeftAt = now } : p)
                .ToList(),
        };

    /// <summary>Ends the interaction for good: leg closed, everyone gone, no agent attached.</summary>
    public static Interaction Finish(Interaction i, DateTimeOffset now, string legReason, string? reason) =>
        Leave(EndLeg(i, now, legReason), null, now) with { AgentId = null, Reason = reason ?? i.Reason };
}
