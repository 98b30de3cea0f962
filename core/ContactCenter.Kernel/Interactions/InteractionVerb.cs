namespace ContactCenter.Kernel.Interactions;

/// <summary>The operations that move an interaction; each has its own target and the states it starts from.</summary>
internal enum InteractionVerb
{
    StartSelfService,
    Enqueue,
    Offer,
    Accept,
    Reject,
    ExpireOffer,
    Connect,
    Hold,
    Resume,
    Transfer,
    EndContact,
    Close,
    Abandon,
    Fail,
}
