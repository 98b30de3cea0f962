using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Interactions;

/// <summary>The kernel's interaction service: the SDK's verbs plus what only the kernel may do.</summary>
public interface IKernelInteractionService : IInteractionService
{
    /// <summary>Creates an interaction owned by a plugin's channel (the plugin host calls this for the plugin).</summary>
    /// <param name="channelPluginId">The plugin whose channel owns it.</param>
    /// <param name="request">What the interaction is.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new interaction.</returns>
    ValueTask<Interaction> CreateAsync(string? channelPluginId, NewInteraction request, CancellationToken cancellationToken = default);
}
