using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using static ContactCenter.Kernel.Interactions.InteractionChanges;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// A supervisor's reassignment of <see cref="InteractionGrain"/> work nobody has taken yet, in one commit and through
/// legal transitions only: Queued → Offered (to the chosen agent), Offered → Queued → Offered (to another agent), and
/// Offered → Queued (back to a queue). The chosen agent must be able to take it now; a previous offer is withdrawn.
/// </summary>
internal sealed partial class InteractionGrain
{
    public Task<Outcome<Interaction>> ReassignAsync(TransferTarget target) => Outcomes.Run(async () =>
    {
        var before = Current();
        var to = target?.AgentId is null ? InteractionState.Queued : InteractionState.Offered;
        if (before.State is not (InteractionState.Queued or InteractionState.Offered))
        {
            throw InteractionErrors.InvalidTransition(Id, before.State, to, "only a queued or offered interaction can be reassigned");
        }

        if (before.State == InteractionState.Queued && target?.QueueId is not null)
        {
            throw InteractionErrors.InvalidTransition(Id, before.State, InteractionState.Queued, "it already waits in a queue; reassign it to an agent");
        }

        var queue = await ResolveTransferAsync(before, target).ConfigureAwait(true);
        var now = time.GetUtcNow();
        var reason = target!.Reason ?? "reassigned";
        var steps = new List<TransitionStep>();
        var waiting = before;
        if (before.State == InteractionState.Offered)
        {
            waiting = Move(before, InteractionState.Queued, now, i => i with { AgentId = null });
            if (target.QueueId is not null && target.QueueId != before.QueueId)
            {
                waiting = OpenLeg(EndLeg(waiting with
                {
                    QueueId = queue.Id, Priority = queue.Priority, RequiredSkills = queue.RequiredSkills, PreferredAgentId = null, QueuedAt = now,
                }, now, "requeued"), queue.Id, now);
            }

            steps.Add(new TransitionStep(before, waiting, reason));
        }

        IAgentGrain? reserved = null;
        var after = waiting;
        if (target.AgentId is { } agentId)
        {
            var agent = GrainFactory.GetGrain<IAgentGrain>(agentId);
            var reservation = new Reservation { InteractionId = Id, Channel = before.Channel, Version = waiting.Version + 1 };
            var result = await agent.TryReserveAsync(reservation).ConfigureAwait(true);
            if (!result.Reserved)
            {
                throw new InvalidRequestException("target.agentId", $"Agent '{agentId}' cannot take it now: {result.Refusal}.");
            }

            reserved = agent;
            after = Move(waiting, InteractionState.Offered, now, i => i with { AgentId = agentId, OfferExpiresAt = now + queue.OfferTimeout });
            steps.Add(new TransitionStep(waiting, after, reason));
        }

        try
        {
            await CommitAsync([.. steps]).ConfigureAwait(true);
        }
        catch (ContactCenterException)
        {
            if (reserved is not null)
            {
                await reserved.CancelReservationAsync(Id, after.Version).ConfigureAwait(true);
            }

            throw;
        }

        if (before.State == InteractionState.Offered)
        {
            await TellAgentAsync(before.AgentId, AgentWorkPhase.Offered, removed: true).ConfigureAwait(true);
        }

        return _current!;
    });
}
