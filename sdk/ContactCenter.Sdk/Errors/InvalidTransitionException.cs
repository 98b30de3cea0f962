using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Errors;

/// <summary>An interaction was asked to make a transition its state machine does not allow. Nothing changed.</summary>
public sealed class InvalidTransitionException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="current">Its current state.</param>
    /// <param name="attempted">The state it was asked to move to.</param>
    /// <param name="detail">More detail, when the rule is finer than the state pair (e.g. offered to another agent).</param>
    public InvalidTransitionException(string interactionId, InteractionState current, InteractionState attempted, string? detail = null)
        : base("interaction.invalid-transition", BuildMessage(interactionId, current, attempted, detail))
    {
        InteractionId = interactionId;
        Current = current;
        Attempted = attempted;
    }

    /// <summary>The interaction.</summary>
    public string InteractionId { get; }

    /// <summary>Its state when the transition was refused.</summary>
    public InteractionState Current { get; }

    /// <summary>The state it was asked to move to.</summary>
    public InteractionState Attempted { get; }

    private static string BuildMessage(string id, InteractionState current, InteractionState attempted, string? detail) =>
        $"Interaction '{id}' cannot go from {current} to {attempted}" + (detail is null ? "." : $": {detail}.");
}
