using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Sdk.Testing.Doubles;

/// <summary>
/// The interaction service the plugin under test calls, and the test's handle on it. It follows the kernel's real
/// lifecycle rules (the same transition table and verb checks: an illegal transition throws
/// <see cref="Errors.InvalidTransitionException"/> and changes nothing), keeps interactions in memory, records every
/// call, publishes each transition on the <see cref="TestEventBus"/>, and hands it to the owning channel of the plugin
/// under test before returning. Queues are not looked up and nothing is routed: the test plays the router with
/// <see cref="OfferAsync"/>.
/// </summary>
public sealed class TestInteractionService : IInteractionService
{
    private readonly InteractionLedger _ledger;
    private readonly InteractionDouble _test;

    internal TestInteractionService(InteractionLedger ledger)
    {
        _ledger = ledger;
        _test = new InteractionDouble(ledger, fromPlugin: false);
        ForPlugin = new InteractionDouble(ledger, fromPlugin: true);
    }

    /// <summary>Every call so far, the plugin's and the test's, in order.</summary>
    public IReadOnlyList<KernelCall> Calls => _ledger.Calls;

    /// <summary>Every interaction, as it is now, ordered by id.</summary>
    public IReadOnlyList<Interaction> All => _ledger.All;

    /// <summary>The view the plugin host gets (marks calls as the plugin's).</summary>
    internal InteractionDouble ForPlugin { get; }

    internal InteractionLedger Ledger => _ledger;

    /// <summary>Creates an interaction owned by a channel, as the channel of <paramref name="channelPluginId"/> would.</summary>
    /// <param name="request">What the interaction is; set <see cref="NewInteraction.ChannelName"/> to the channel's name.</param>
    /// <param name="channelPluginId">The plugin that owns the channel (usually the plugin under test).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new interaction (or the existing one for the same channel and external id).</returns>
    public ValueTask<Interaction> CreateForChannelAsync(NewInteraction request, string? channelPluginId, CancellationToken cancellationToken = default) =>
        _test.CreateAsync(channelPluginId, request, cancellationToken);

    /// <summary>Offers a queued interaction to an agent, as the kernel's routing would.</summary>
    /// <param name="interactionId">The interaction, in <see cref="InteractionState.Queued"/>.</param>
    /// <param name="agentId">The agent.</param>
    /// <param name="timeout">How long the offer stands (recorded on the interaction; nothing expires it). 20 s by default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    public ValueTask<Interaction> OfferAsync(string interactionId, string agentId, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _test.OfferAsync(interactionId, agentId, timeout ?? TimeSpan.FromSeconds(20), cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default) => _test.CreateAsync(request, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default) => _test.GetAsync(interactionId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default) => _test.StartSelfServiceAsync(interactionId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default) => _test.EnqueueAsync(interactionId, request, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => _test.AcceptOfferAsync(interactionId, agentId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => _test.RejectOfferAsync(interactionId, agentId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => _test.ConnectAsync(interactionId, agentId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default) => _test.HoldAsync(interactionId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) => _test.ResumeAsync(interactionId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) => _test.TransferAsync(interactionId, target, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default) => _test.EndContactAsync(interactionId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default) => _test.CloseAsync(interactionId, disposition, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default) => _test.AbandonAsync(interactionId, reason, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default) => _test.FailAsync(interactionId, reason, cancellationToken);
}
