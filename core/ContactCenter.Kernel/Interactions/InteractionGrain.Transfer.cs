using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using static ContactCenter.Kernel.Interactions.InteractionChanges;

namespace ContactCenter.Kernel.Interactions;

/// <summary>Transfers of <see cref="InteractionGrain"/>: Connected/Held → Transferred → Queued or Offered, in one commit.</summary>
internal sealed partial class InteractionGrain
{
    private static readonly TimeSpan DefaultOfferTimeout = TimeSpan.FromSeconds(20);

    public Task<Outcome<Interaction>> TransferAsync(TransferTarget target) => Outcomes.Run(async () =>
    {
        var before = Current();
        InteractionVerbs.Ensure(Id, InteractionVerb.Transfer, before.State);
        var queue = await ResolveTransferAsync(before, target).ConfigureAwait(true);
        var now = time.GetUtcNow();
        var transferred = Move(before, InteractionState.Transferred, now,
            i => Leave(EndLeg(i, now, "transferred"), ParticipantRole.Agent, now) with { AgentId = null, Reason = target.Reason ?? i.Reason });

        Interaction onwards;
        IAgentGrain? reserved = null;
        if (target.QueueId is not null)
        {
            onwards = Move(transferred, InteractionState.Queued, now, i => OpenLeg(i with
            {
                QueueId = queue.Id, Priority = queue.Priority, RequiredSkills = queue.RequiredSkills, PreferredAgentId = null, QueuedAt = now,
            }, queue.Id, now));
        }
        else
        {
            var agent = GrainFactory.GetGrain<IAgentGrain>(target.AgentId!);
            var reservation = new Reservation { InteractionId = Id, Channel = before.Channel, Version = transferred.Version + 1 };
            if ((await agent.TryReserveAsync(reservation).ConfigureAwait(true)).Reserved)
            {
                reserved = agent;
                onwards = Move(transferred, InteractionState.Offered, now,
                    i => OpenLeg(i, i.QueueId, now) with { AgentId = target.AgentId, OfferExpiresAt = now + queue.OfferTimeout });
            }
            else
            {
                // The agent cannot take it now: it waits in its current queue with the agent preferred.
                onwards = Move(transferred, InteractionState.Queued, now,
                    i => OpenLeg(i, i.QueueId, now) with { PreferredAgentId = target.AgentId, QueuedAt = now });
            }
        }

        try
        {
            await CommitAsync([new TransitionStep(before, transferred, target.Reason), new TransitionStep(transferred, onwards, null)]).ConfigureAwait(true);
        }
        catch (ContactCenterException)
        {
            if (reserved is not null)
            {
                await reserved.CancelReservationAsync(Id, onwards.Version).ConfigureAwait(true);
            }

            throw;
        }

        await TellAgentAsync(before.AgentId, AgentWorkPhase.Connected, removed: true).ConfigureAwait(true);
        return _current!;
    });

    /// <summary>Checks the target and returns the queue the interaction will wait in (or whose offer timeout applies).</summary>
    private async Task<Queue> ResolveTransferAsync(Interaction current, TransferTarget? target)
    {
        var errors = new ValidationErrors();
        if (target is null || (target.QueueId is null) == (target.AgentId is null))
        {
            throw new InvalidRequestException("target", "Name exactly one of a queue or an agent to transfer to.");
        }

        InteractionRequests.CheckReason(target.Reason, required: false);
        var queueId = target.QueueId ?? current.QueueId;
        var queue = DirectoryIds.IsValid(queueId) ? (await directory.Queues.GetAsync(queueId!).ConfigureAwait(true))?.Value : null;
        if (target.QueueId is not null)
        {
            errors.Require(queue is not null, "target.queueId", $"Unknown queue '{target.QueueId}'.");
        }
        else
        {
            await DirectoryRepositories.CheckExistAsync(directory.Agents, [target.AgentId!], "agent", "target.agentId", errors, CancellationToken.None)
                .ConfigureAwait(true);
            errors.Require(target.AgentId != current.AgentId, "target.agentId", "The interaction is already with that agent.");
            errors.Require(current.QueueId is not null, "target.agentId",
                "A transfer to an agent needs a queue to wait in if the agent is busy; this interaction has none, so transfer it to a queue.");
        }

        errors.ThrowIfAny();
        return queue ?? new Queue { Id = current.QueueId!, Name = new(current.QueueId!, current.QueueId!), ServiceLineId = current.ServiceLineId ?? "-", OfferTimeout = DefaultOfferTimeout };
    }
}
