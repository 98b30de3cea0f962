using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using static ContactCenter.Sdk.Permissions;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>
/// A plugin's <see cref="IInteractionService"/>: interactions it creates are stamped with its plugin id; reading needs
/// <c>interactions.read</c>, creating and every transition <c>interactions.write</c>, checked on every call.
/// </summary>
internal sealed class PluginInteractionService(string pluginId, Lazy<IKernelInteractionService?> kernel, PluginPermissionGuard guard) : IInteractionService
{
    private IKernelInteractionService Kernel =>
        kernel.Value ?? throw new InvalidOperationException("The interaction service is not available in this host.");

    public async ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsWrite, "create an interaction", cancellationToken).ConfigureAwait(false);
        return await Kernel.CreateAsync(pluginId, request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsRead, "read an interaction", cancellationToken).ConfigureAwait(false);
        return await Kernel.GetAsync(interactionId, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default) =>
        WriteAsync("start self-service", k => k.StartSelfServiceAsync(interactionId, cancellationToken), cancellationToken);

    public ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default) =>
        WriteAsync("queue an interaction", k => k.EnqueueAsync(interactionId, request, cancellationToken), cancellationToken);

    public ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        WriteAsync("accept an offer", k => k.AcceptOfferAsync(interactionId, agentId, cancellationToken), cancellationToken);

    public ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        WriteAsync("reject an offer", k => k.RejectOfferAsync(interactionId, agentId, cancellationToken), cancellationToken);

    public ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        WriteAsync("connect an interaction", k => k.ConnectAsync(interactionId, agentId, cancellationToken), cancellationToken);

    public ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default) =>
        WriteAsync("hold an interaction", k => k.HoldAsync(interactionId, cancellationToken), cancellationToken);

    public ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) =>
        WriteAsync("resume an interaction", k => k.ResumeAsync(interactionId, cancellationToken), cancellationToken);

    public ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) =>
        WriteAsync("transfer an interaction", k => k.TransferAsync(interactionId, target, cancellationToken), cancellationToken);

    public ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default) =>
        WriteAsync("end a contact", k => k.EndContactAsync(interactionId, cancellationToken), cancellationToken);

    public ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default) =>
        WriteAsync("close an interaction", k => k.CloseAsync(interactionId, disposition, cancellationToken), cancellationToken);

    public ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default) =>
        WriteAsync("abandon an interaction", k => k.AbandonAsync(interactionId, reason, cancellationToken), cancellationToken);

    public ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync("fail an interaction", k => k.FailAsync(interactionId, reason, cancellationToken), cancellationToken);

    private async ValueTask<Interaction> WriteAsync(string operation, Func<IKernelInteractionService, ValueTask<Interaction>> call, CancellationToken cancellationToken)
    {
        await guard.DemandAsync(InteractionsWrite, operation, cancellationToken).ConfigureAwait(false);
        return await call(Kernel).ConfigureAwait(false);
    }
}
