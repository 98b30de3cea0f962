using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// The interaction service over the interaction grains. Arguments are checked here, before any grain is activated;
/// grain faults come back as the SDK's typed errors.
/// </summary>
internal sealed class InteractionService(KernelGrains grains, IDocumentStore store, InteractionCodec codec, DirectoryRepositories directory) : IKernelInteractionService, IInteractionReassignment
{
    public ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default) =>
        CreateAsync(null, request, cancellationToken);

    public async ValueTask<Interaction> CreateAsync(string? channelPluginId, NewInteraction request, CancellationToken cancellationToken = default)
    {
        await NewInteractionRules.ValidateAsync(directory, channelPluginId, request, cancellationToken).ConfigureAwait(false);
        var command = new CreateInteraction { ChannelPluginId = channelPluginId, Request = request };
        var outcome = InteractionDocuments.ExternalKey(channelPluginId, request.ChannelName, request.ExternalId) is { } key
            ? await grains.Factory.GetGrain<IInteractionKeyGrain>(key).CreateOrGetAsync(command).WaitAsync(cancellationToken).ConfigureAwait(false)
            : await Grain(InteractionIds.New(grains.Time.GetUtcNow())).CreateAsync(command).WaitAsync(cancellationToken).ConfigureAwait(false);
        return outcome.Unwrap();
    }

    public async ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default) =>
        // Committed snapshots are in the store before a verb returns, so reading it avoids waking finished interactions.
        DocumentIdOk(interactionId) ? await codec.ReadAsync(store, interactionId, cancellationToken).ConfigureAwait(false) : null;

    public ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.StartSelfServiceAsync(), cancellationToken);

    public ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.EnqueueAsync(request), cancellationToken);

    public ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.AcceptAsync(InteractionRequests.AgentId(agentId)), cancellationToken);

    public ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.RejectAsync(InteractionRequests.AgentId(agentId)), cancellationToken);

    public ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.ConnectAsync(InteractionRequests.AgentId(agentId)), cancellationToken);

    public ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.HoldAsync(), cancellationToken);

    public ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.ResumeAsync(), cancellationToken);

    public ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.TransferAsync(target), cancellationToken);

    public ValueTask<Interaction> ReassignAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.ReassignAsync(target), cancellationToken);

    public ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.EndContactAsync(), cancellationToken);

    public ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.CloseAsync(disposition), cancellationToken);

    public ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.AbandonAsync(reason), cancellationToken);

    public ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default) =>
        Call(interactionId, g => g.FailAsync(reason), cancellationToken);

    private static bool DocumentIdOk(string id) => !string.IsNullOrEmpty(id) && id.Length <= DocumentIds.MaxLength && !id.Any(char.IsControl);

    private IInteractionGrain Grain(string interactionId) => grains.Factory.GetGrain<IInteractionGrain>(interactionId);

    private async ValueTask<Interaction> Call(string interactionId, Func<IInteractionGrain, Task<Outcome<Interaction>>> verb, CancellationToken cancellationToken)
    {
        if (!DocumentIdOk(interactionId))
        {
            throw new Sdk.Errors.EntityNotFoundException("interaction", interactionId ?? string.Empty);
        }

        return (await verb(Grain(interactionId)).WaitAsync(cancellationToken).ConfigureAwait(false)).Unwrap();
    }
}
