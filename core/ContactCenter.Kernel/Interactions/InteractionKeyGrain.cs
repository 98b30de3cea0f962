using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Interactions;

/// <summary>Looks the key up in the <c>externalKey</c> index of the interactions and creates only when it is missing.</summary>
internal sealed class InteractionKeyGrain(IDocumentStore store, InteractionCodec codec, KernelTime time) : Grain, IInteractionKeyGrain
{
    public async Task<Outcome<Interaction>> CreateOrGetAsync(CreateInteraction command)
    {
        var key = this.GetPrimaryKeyString();
        var page = await store.QueryAsync(InteractionDocuments.Collection, DocumentQuery.Where("externalKey", key) with { PageSize = 1 }, CancellationToken.None)
            .ConfigureAwait(true);
        if (page.Items.Count > 0)
        {
            return Outcome<Interaction>.Success(await codec.DeserializeAsync(page.Items[0]).ConfigureAwait(true));
        }

        var id = InteractionIds.New(time.GetUtcNow());
        return await GrainFactory.GetGrain<IInteractionGrain>(id).CreateAsync(command).ConfigureAwait(true);
    }
}
