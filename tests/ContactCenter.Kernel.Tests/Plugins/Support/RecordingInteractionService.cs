using System.Collections.Concurrent;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>A kernel interaction service that records creations (the only verb these tests need).</summary>
internal sealed class RecordingInteractionService : IKernelInteractionService
{
    public ConcurrentQueue<(string? PluginId, NewInteraction Request)> Created { get; } = new();

    public ValueTask<Interaction> CreateAsync(string? channelPluginId, NewInteraction request, CancellationToken cancellationToken = default)
    {
        Created.Enqueue((channelPluginId, request));
        return ValueTask.FromResult(new Interaction
        {
            Id = $"i-{Created.Count}",
            Channel = request.Channel,
            Direction = request.Direction,
            State = InteractionState.Created,
            Version = 1,
            ChannelPluginId = channelPluginId,
            ChannelName = request.ChannelName,
            CreatedAt = DateTimeOffset.UnixEpoch,
            StateChangedAt = DateTimeOffset.UnixEpoch,
        });
    }

    public ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default) => CreateAsync(null, request, cancellationToken);

    public ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
