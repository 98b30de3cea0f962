namespace ContactCenter.Sdk.Domain;

/// <summary>What happens after the customer leaves: how long the agent keeps the interaction in wrap-up.</summary>
public enum AfterContactWorkMode
{
    /// <summary>Wrap-up lasts at most the queue's <see cref="Queue.WrapUpTime"/>; then the kernel closes it with <see cref="DispositionRef.TimeoutCode"/>.</summary>
    Timed = 0,

    /// <summary>Wrap-up lasts until the agent closes the interaction; the agent receives no work on that capacity meanwhile.</summary>
    Manual = 1,

    /// <summary>No wrap-up: the kernel closes the interaction with <see cref="DispositionRef.TimeoutCode"/> as soon as the customer leaves.</summary>
    None = 2,
}
