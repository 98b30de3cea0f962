using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// Persists transitions and only then publishes them. One commit = the snapshot replaced at its expected version plus
/// one <see cref="EventTypes.InteractionTransitioned"/> event per transition, atomically; a transfer commits its two
/// transitions (to Transferred, then onwards) in one batch so that no crash leaves it half done.
/// </summary>
internal sealed class InteractionJournal(IDocumentStore store, IEventBus events, InteractionCodec codec)
{
    public const string Source = "/kernel/interactions";

    /// <summary>Inserts a new interaction; returns the stored document version.</summary>
    public async ValueTask<long> InsertAsync(Interaction created, CancellationToken cancellationToken)
    {
        var result = await store.CommitAsync(
            new WriteBatch().Insert(InteractionDocuments.Collection, created.Id, codec.Serialize(created)), cancellationToken)
            .ConfigureAwait(false);
        return result.Documents[0]!.Version;
    }

    /// <summary>Commits <paramref name="steps"/> over the document at <paramref name="storeVersion"/>; returns the new document version.</summary>
    public async ValueTask<long> CommitAsync(IReadOnlyList<TransitionStep> steps, long storeVersion, CancellationToken cancellationToken)
    {
        var final = steps[^1].After;
        var batch = new WriteBatch().Replace(InteractionDocuments.Collection, final.Id, codec.Serialize(final), storeVersion);
        var data = steps.Select(ToEvent).ToList();
        foreach (var transition in data)
        {
            batch.Append(final.Id, EventTypes.InteractionTransitioned, codec.SerializeEvent(transition), transition.At);
        }

        var result = await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        foreach (var transition in data)
        {
            await events.PublishAsync(
                CloudEvent.Create(EventTypes.InteractionTransitioned, Source, final.Id, transition.At, transition, KernelJson.Options),
                cancellationToken).ConfigureAwait(false);
        }

        return result.Documents[0]!.Version;
    }

    /// <summary>Rewrites the snapshot as it is, sealed with the current data key (no transition, no event); returns the new document version.</summary>
    public async ValueTask<long> ResealAsync(Interaction current, long storeVersion, CancellationToken cancellationToken)
    {
        var batch = new WriteBatch().Replace(InteractionDocuments.Collection, current.Id, codec.Serialize(current), storeVersion);
        var result = await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        return result.Documents[0]!.Version;
    }

    /// <summary>The event data of one transition (shared with the test kit's interaction double).</summary>
    public static InteractionTransitioned ToEvent(TransitionStep step) => new()
    {
        InteractionId = step.After.Id,
        From = step.Before.State,
        To = step.After.State,
        At = step.After.StateChangedAt,
        Version = step.After.Version,
        Channel = step.After.Channel,
        QueueId = step.After.QueueId ?? step.Before.QueueId,
        AgentId = step.After.AgentId ?? step.Before.AgentId,
        ServiceLineId = step.After.ServiceLineId,
        Leg = step.After.Legs.Count,
        Reason = step.Reason,
        Interaction = step.After,
    };
}
