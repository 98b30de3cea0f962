using ContactCenter.Kernel.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Orleans.Concurrency;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// One interaction, single writer. It awaits agent grains (which never await it) and only notifies routing one way,
/// so no call cycle can deadlock.
/// </summary>
internal interface IInteractionGrain : IGrainWithStringKey
{
    Task<Outcome<Interaction>> CreateAsync(CreateInteraction command);

    Task<Outcome<Interaction>> GetAsync();

    Task<Outcome<Interaction>> StartSelfServiceAsync();

    Task<Outcome<Interaction>> EnqueueAsync(EnqueueRequest request);

    Task<Outcome<Interaction>> OfferAsync(OfferCommand command);

    Task<Outcome<Interaction>> AcceptAsync(string agentId);

    Task<Outcome<Interaction>> RejectAsync(string agentId);

    Task<Outcome<Interaction>> ConnectAsync(string agentId);

    Task<Outcome<Interaction>> HoldAsync();

    Task<Outcome<Interaction>> ResumeAsync();

    Task<Outcome<Interaction>> TransferAsync(TransferTarget target);

    /// <summary>A supervisor moves a queued or offered interaction to an agent or back to a queue.</summary>
    Task<Outcome<Interaction>> ReassignAsync(TransferTarget target);

    Task<Outcome<Interaction>> EndContactAsync();

    Task<Outcome<Interaction>> CloseAsync(DispositionRef? disposition);

    Task<Outcome<Interaction>> AbandonAsync(string? reason);

    Task<Outcome<Interaction>> FailAsync(string reason);

    /// <summary>The offer deadline passed (sent by the grain's own kernel-time timer).</summary>
    [OneWay]
    Task ExpireOfferAsync(long offeredVersion);

    /// <summary>
    /// The wrap-up time of the queue's after-contact-work mode is over (sent one way by the agent grain's kernel-time
    /// timer): closes the interaction if it is still in wrap-up with <paramref name="agentId"/>, with its disposition
    /// or else <see cref="DispositionRef.TimeoutCode"/>.
    /// </summary>
    [OneWay]
    Task ExpireWrapUpAsync(string agentId);

    /// <summary>Rewrites the stored snapshot with the current data key (key rotation); false when there is none.</summary>
    Task<bool> ResealAsync();

    /// <summary>Activates the grain so that its offer timer runs (after a restart).</summary>
    Task WakeAsync();
}
