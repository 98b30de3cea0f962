using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using static ContactCenter.Sdk.Domain.InteractionState;

namespace ContactCenter.Kernel.Tests.Interactions;

/// <summary>
/// A private corner of a shared silo: a queue its own agent serves, a queue nobody serves (work stays Queued there),
/// and helpers that drive an interaction to any resting state and apply any verb.
/// </summary>
internal sealed class LifecycleWorld
{
    private LifecycleWorld(TestSilo silo, Queue served, Queue idle, string agent)
    {
        Silo = silo;
        ServedQueue = served;
        IdleQueue = idle;
        Agent = agent;
    }

    public TestSilo Silo { get; }

    public Queue ServedQueue { get; }

    public Queue IdleQueue { get; }

    public string Agent { get; }

    public static async Task<LifecycleWorld> CreateAsync(TestSilo silo)
    {
        var skill = Scenario.Unique("skill");
        var served = await silo.QueueAsync(skill);
        var idle = await silo.QueueAsync(Scenario.Unique("nobody"));
        var agent = await silo.AgentAsync(skill);
        return new LifecycleWorld(silo, served, idle, agent);
    }

    public async Task<Interaction> DriveToAsync(InteractionState state)
    {
        var i = await Silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Voice });
        switch (state)
        {
            case SelfService:
                return await Silo.Interactions.StartSelfServiceAsync(i.Id);
            case Queued:
                return await Silo.Interactions.EnqueueAsync(i.Id, new EnqueueRequest { QueueId = IdleQueue.Id });
            case Abandoned:
                return await Silo.Interactions.AbandonAsync(i.Id, "hang-up");
            case Failed:
                return await Silo.Interactions.FailAsync(i.Id, "media-error");
            case Created:
                return i;
        }

        await Silo.Interactions.EnqueueAsync(i.Id, new EnqueueRequest { QueueId = ServedQueue.Id });
        var offered = await Silo.WaitForStateAsync(i.Id, Offered);
        if (state == Offered)
        {
            return offered;
        }

        var connected = await Silo.Interactions.AcceptOfferAsync(i.Id, Agent);
        return state switch
        {
            Connected => connected,
            Held => await Silo.Interactions.HoldAsync(i.Id),
            WrapUp => await Silo.Interactions.EndContactAsync(i.Id),
            Closed => await CloseAsync(i.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
    }

    public Task ApplyAsync(InteractionVerb verb, Interaction i) => verb switch
    {
        InteractionVerb.StartSelfService => Silo.Interactions.StartSelfServiceAsync(i.Id).AsTask(),
        InteractionVerb.Enqueue => Silo.Interactions.EnqueueAsync(i.Id, new EnqueueRequest { QueueId = IdleQueue.Id }).AsTask(),
        InteractionVerb.Accept => Silo.Interactions.AcceptOfferAsync(i.Id, i.AgentId ?? Agent).AsTask(),
        InteractionVerb.Reject => Silo.Interactions.RejectOfferAsync(i.Id, i.AgentId ?? Agent).AsTask(),
        InteractionVerb.Connect => Silo.Interactions.ConnectAsync(i.Id, Agent).AsTask(),
        InteractionVerb.Hold => Silo.Interactions.HoldAsync(i.Id).AsTask(),
        InteractionVerb.Resume => Silo.Interactions.ResumeAsync(i.Id).AsTask(),
        InteractionVerb.Transfer => Silo.Interactions.TransferAsync(i.Id, TransferTarget.ToQueue(IdleQueue.Id)).AsTask(),
        InteractionVerb.EndContact => Silo.Interactions.EndContactAsync(i.Id).AsTask(),
        InteractionVerb.Close => Silo.Interactions.CloseAsync(i.Id, new DispositionRef("general/info")).AsTask(),
        InteractionVerb.Abandon => Silo.Interactions.AbandonAsync(i.Id, "hang-up").AsTask(),
        InteractionVerb.Fail => Silo.Interactions.FailAsync(i.Id, "media-error").AsTask(),
        _ => throw new ArgumentOutOfRangeException(nameof(verb)),
    };

    private async Task<Interaction> CloseAsync(string id)
    {
        await Silo.Interactions.EndContactAsync(id);
        return await Silo.Interactions.CloseAsync(id, new DispositionRef("general/info"));
    }
}
