namespace ContactCenter.Sdk.Domain;

/// <summary>
/// The lifecycle state of an interaction. Every channel and direction follows the same machine:
/// <c>Created → (SelfService) → Queued → Offered → Connected ⇄ Held → WrapUp → Closed</c>,
/// plus <see cref="Abandoned"/>, <see cref="Transferred"/> and <see cref="Failed"/>.
/// </summary>
/// <remarks>
/// The kernel rejects an illegal transition with <see cref="Errors.InvalidTransitionException"/>;
/// every accepted transition is persisted and published as an <see cref="Events.InteractionTransitioned"/> event.
/// </remarks>
public enum InteractionState
{
    /// <summary>Just created by a channel; not yet in self-service or a queue.</summary>
    Created = 0,

    /// <summary>Served by an IVR or a bot.</summary>
    SelfService = 1,

    /// <summary>Waiting in a queue for an agent.</summary>
    Queued = 2,

    /// <summary>Reserved for one agent, waiting for the agent to accept.</summary>
    Offered = 3,

    /// <summary>An agent is handling the interaction with the customer.</summary>
    Connected = 4,

    /// <summary>The agent put the customer on hold.</summary>
    Held = 5,

    /// <summary>The customer part ended; the agent completes after-contact work and the disposition.</summary>
    WrapUp = 6,

    /// <summary>Finished with a disposition. Terminal.</summary>
    Closed = 7,

    /// <summary>The customer left before an agent connected. Terminal.</summary>
    Abandoned = 8,

    /// <summary>Leaving one agent for a queue or another agent; a new leg starts on the same interaction.</summary>
    Transferred = 9,

    /// <summary>Ended by a technical failure. Terminal.</summary>
    Failed = 10,
}
