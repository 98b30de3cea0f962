namespace ContactCenter.Sdk.Domain;

/// <summary>Helpers over <see cref="InteractionState"/>.</summary>
public static class InteractionStates
{
    /// <summary>Whether no further transition is possible from <paramref name="state"/>.</summary>
    /// <param name="state">The state to test.</param>
    /// <returns><see langword="true"/> for Closed, Abandoned and Failed.</returns>
    public static bool IsTerminal(this InteractionState state) =>
        state is InteractionState.Closed or InteractionState.Abandoned or InteractionState.Failed;

    /// <summary>Whether an agent is attached to the interaction in <paramref name="state"/>.</summary>
    /// <param name="state">The state to test.</param>
    /// <returns><see langword="true"/> for Offered, Connected, Held and WrapUp.</returns>
    public static bool HasAgent(this InteractionState state) =>
        state is InteractionState.Offered or InteractionState.Connected or InteractionState.Held or InteractionState.WrapUp;
}
