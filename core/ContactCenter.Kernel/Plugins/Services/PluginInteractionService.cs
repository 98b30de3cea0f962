using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>A plugin's <see cref="IInteractionService"/>: interactions it creates are stamped with its plugin id.</summary>
internal sealed class PluginInteractionService(string pluginId, Lazy<IKernelInteractionService?> kernel) : IInteractionService
{
    private IKernelInteractionService Kernel =>
        kernel.Value ?? throw new InvalidOperationException("The interaction service is not available in this host.");

    public ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default) =>
        Kernel.CreateAsync(pluginId, request, cancellationToken);

    public ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Kernel.GetAsync(interactionId, cancellationToken);

    public ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Kernel.StartSelfServiceAsync(interactionId, cancellationToken);

    public ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default) =>
        Kernel.EnqueueAsync(interactionId, request, cancellationToken);

    public ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Kernel.AcceptOfferAsync(interactionId, agentId, cancellationToken);

    public ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Kernel.RejectOfferAsync(interactionId, agentId, cancellationToken);

    public ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Kernel.ConnectAsync(interactionId, agentId, cancellationToken);

    public ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Kernel.HoldAsync(interactionId, cancellationToken);

    public ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Kernel.ResumeAsync(interactionId, cancellationToken);

    public ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) =>
        Kernel.TransferAsync(interactionId, target, cancellationToken);

    public ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Kernel.EndContactAsync(interactionId, cancellationToken);

    public ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default) =>
        Kernel.CloseAsync(interactionId, disposition, cancellationToken);

    public ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default) =>
        Kernel.AbandonAsync(interactionId, reason, cancellationToken);

    public ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default) =>
        Kernel.FailAsync(interactionId, reason, cancellationToken);
}
