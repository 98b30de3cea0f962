using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>Pure changes to an agent's work list, versioned so that late or repeated updates change nothing.</summary>
internal static class AgentWork
{
    /// <summary>Applies <paramref name="update"/>; returns whether anything changed.</summary>
    public static bool Apply(AgentState state, WorkUpdate update, DateTimeOffset now)
    {
        var index = state.Work.FindIndex(w => w.InteractionId == update.InteractionId);
        var existing = index >= 0 ? state.Work[index] : null;
        if (existing is not null && existing.Version >= update.Version)
        {
            return false;
        }

        if (update.Removed)
        {
            if (existing is null)
            {
                return false;
            }

            state.Work.RemoveAt(index);
            state.NotResponding |= update.Missed;
            if (existing.Phase != AgentWorkPhase.Offered)
            {
                // Finished work, not a declined or missed offer, restarts the agent's idle time.
                state.FreeSince = now;
            }

            return true;
        }

        var samePhase = existing?.Phase == update.Phase;
        var entry = new AgentWorkEntry(update.InteractionId, update.Channel, update.Phase, samePhase ? existing!.Since : now, update.Version,
            update.QueueId ?? existing?.QueueId, samePhase ? existing!.WrapUpEndsAt : null, samePhase ? existing!.WrapUpExtensionsLeft : 0);
        if (existing is null)
        {
            state.Work.Add(entry);
        }
        else
        {
            state.Work[index] = entry;
        }

        return true;
    }

    /// <summary>Replaces the work list by what the store says; returns whether anything changed.</summary>
    public static bool Reconcile(AgentState state, IReadOnlyList<WorkAssignment> assignments)
    {
        var next = assignments
            .Select(a => state.Work.Find(w => w.InteractionId == a.InteractionId) is { } w && (w.Version > a.Version || (w.Version == a.Version && w.Phase == a.Phase))
                ? w
                : new AgentWorkEntry(a.InteractionId, a.Channel, a.Phase, a.Since, a.Version, a.QueueId))
            .ToList();
        var changed = next.Count != state.Work.Count || next.Except(state.Work).Any();
        state.Work = next;
        return changed;
    }
}
