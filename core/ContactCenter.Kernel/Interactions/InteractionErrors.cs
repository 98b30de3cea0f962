using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Interactions;

/// <summary>Builds the typed errors of the lifecycle, keeping the detail so it survives a trip between grains.</summary>
internal static class InteractionErrors
{
    /// <summary>The key under which the detail of a refused transition is kept in <see cref="Exception.Data"/>.</summary>
    public const string DetailKey = "cc.detail";

    public static InvalidTransitionException InvalidTransition(string interactionId, InteractionState current, InteractionState attempted, string? detail)
    {
        var error = new InvalidTransitionException(interactionId, current, attempted, detail);
        error.Data[DetailKey] = detail;
        return error;
    }
}
