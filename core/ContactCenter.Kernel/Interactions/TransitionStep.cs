using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Interactions;

/// <summary>One transition: the snapshot before and after, and why it happened.</summary>
/// <param name="Before">The snapshot before.</param>
/// <param name="After">The snapshot after.</param>
/// <param name="Reason">Why, when there is a reason (offer timeout, rejection, hang-up...).</param>
internal sealed record TransitionStep(Interaction Before, Interaction After, string? Reason);
