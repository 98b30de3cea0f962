using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>
/// After-contact work: when work enters wrap-up the agent grain looks up its queue's mode (<see cref="WrapUpRules"/>),
/// keeps the end in its persisted work list, and arms a timer on the kernel clock that asks the interaction, one way,
/// to close itself (with <see cref="DispositionRef.TimeoutCode"/> unless it has a disposition). While any work is in
/// wrap-up the agent is offered nothing (<see cref="AgentRules.WhyNotOfferable"/>). The timers are re-armed at
/// activation from the persisted ends, so a restart keeps them. The agent may extend a timed wrap-up (WCAG 2.2.1) while
/// its end has not come, as often as the queue allows: the end moves out and the timer is re-armed.
/// </summary>
internal sealed partial class AgentGrain
{
    private readonly Dictionary<string, ITimer> _wrapUpTimers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ruled = new(StringComparer.Ordinal);

    /// <summary>Sets the end of each wrap-up that has none yet, from its queue's mode (looked up once per activation).</summary>
    private async Task<bool> RuleWrapUpsAsync()
    {
        var changed = false;
        for (var i = 0; i < State.Work.Count; i++)
        {
            var work = State.Work[i];
            if (work.Phase != AgentWorkPhase.WrapUp || work.WrapUpEndsAt is not null || work.QueueId is null || !_ruled.Add(work.InteractionId))
            {
                continue;
            }

            var queue = (await directory.Queues.GetAsync(work.QueueId, CancellationToken.None).ConfigureAwait(true))?.Value;
            if (WrapUpRules.EndsAt(queue, work.Since) is { } endsAt)
            {
                State.Work[i] = work with { WrapUpEndsAt = endsAt, WrapUpExtensionsLeft = WrapUpRules.ExtensionsAllowed(queue) };
                changed = true;
            }
        }

        return changed;
    }

    public async Task<WrapUpExtendResult> ExtendWrapUpAsync(string interactionId)
    {
        var index = State.Work.FindIndex(w => w.InteractionId == interactionId);
        if (_agent is null || index < 0)
        {
            return new WrapUpExtendResult { Extended = false, Refusal = WrapUpExtendRefusal.NotInWrapUp };
        }

        var work = State.Work[index];
        var queue = work.QueueId is null ? null : (await directory.Queues.GetAsync(work.QueueId, CancellationToken.None).ConfigureAwait(true))?.Value;
        var (next, refusal) = WrapUpRules.Extend(queue, work, time.GetUtcNow());
        if (next is null)
        {
            return new WrapUpExtendResult { Extended = false, Refusal = refusal, EndsAt = work.WrapUpEndsAt, ExtensionsLeft = work.WrapUpExtensionsLeft };
        }

        var previous = Presence(_agent);
        State.Work[index] = next;
        // The old timer would fire at the old end: drop it, and saving arms one for the new end.
        if (_wrapUpTimers.Remove(interactionId, out var timer))
        {
            timer.Dispose();
        }

        await SaveAsync(previous).ConfigureAwait(true);
        return new WrapUpExtendResult { Extended = true, EndsAt = next.WrapUpEndsAt, ExtensionsLeft = next.WrapUpExtensionsLeft };
    }

    private void ArmWrapUpTimers()
    {
        var ends = State.Work.Where(w => w is { Phase: AgentWorkPhase.WrapUp, WrapUpEndsAt: not null })
            .ToDictionary(w => w.InteractionId, w => w.WrapUpEndsAt!.Value, StringComparer.Ordinal);
        foreach (var gone in _wrapUpTimers.Keys.Where(id => !ends.ContainsKey(id)).ToList())
        {
            _wrapUpTimers.Remove(gone, out var timer);
            timer!.Dispose();
        }

        _ruled.IntersectWith(State.Work.Select(w => w.InteractionId));
        var agentId = this.GetPrimaryKeyString();
        foreach (var (interactionId, endsAt) in ends.Where(e => !_wrapUpTimers.ContainsKey(e.Key)))
        {
            var interaction = GrainFactory.GetGrain<IInteractionGrain>(interactionId);
            var due = endsAt - time.GetUtcNow();
            if (due <= TimeSpan.Zero)
            {
                interaction.ExpireWrapUpAsync(agentId).Ignore();
                due = TimeSpan.FromSeconds(5);
            }

            // On the kernel's clock, outside the grain: it only sends the interaction a one-way message (the agent grain
            // never awaits another grain). If that message is lost, the timer fires again until the work leaves wrap-up.
            using (ExecutionContext.SuppressFlow())
            {
                _wrapUpTimers[interactionId] = time.Provider.CreateTimer(_ => interaction.ExpireWrapUpAsync(agentId).Ignore(), null, due, TimeSpan.FromSeconds(5));
            }

            DelayDeactivation(due + TimeSpan.FromMinutes(1));
        }
    }

    private void DisposeWrapUpTimers()
    {
        foreach (var timer in _wrapUpTimers.Values)
        {
            timer.Dispose();
        }

        _wrapUpTimers.Clear();
    }
}
