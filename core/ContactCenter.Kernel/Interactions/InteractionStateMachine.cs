using System.Collections.Frozen;
using ContactCenter.Sdk.Domain;
using static ContactCenter.Sdk.Domain.InteractionState;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// The one table of legal interaction transitions. Everything that changes an interaction's state asks it first.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Created → SelfService | Queued | Connected (outbound started by an agent) | Abandoned | Failed.</item>
/// <item>SelfService → Queued | Closed (resolved by the bot) | Abandoned | Failed.</item>
/// <item>Queued → Offered | SelfService (overflow to IVR or voicemail) | Abandoned | Failed.</item>
/// <item>Offered → Connected | Queued (rejected or timed out, back at its original position) | Abandoned | Failed.</item>
/// <item>Connected → Held | WrapUp | Transferred | Failed. A customer hang-up while connected ends the contact (WrapUp);
/// abandonment is only for customers who leave before an agent connects.</item>
/// <item>Held → Connected | WrapUp | Transferred | Failed.</item>
/// <item>Transferred → Queued | Offered (direct to an agent) | Abandoned | Failed.</item>
/// <item>WrapUp → Closed only: the customer part is over, so nothing can fail or be abandoned any more.</item>
/// <item>Closed, Abandoned and Failed are terminal.</item>
/// </list>
/// </remarks>
public static class InteractionStateMachine
{
    private static readonly FrozenDictionary<InteractionState, FrozenSet<InteractionState>> Table =
        new Dictionary<InteractionState, FrozenSet<InteractionState>>
        {
            [Created] = Set(SelfService, Queued, Connected, Abandoned, Failed),
            [SelfService] = Set(Queued, Closed, Abandoned, Failed),
            [Queued] = Set(Offered, SelfService, Abandoned, Failed),
            [Offered] = Set(Connected, Queued, Abandoned, Failed),
            [Connected] = Set(Held, WrapUp, Transferred, Failed),
            [Held] = Set(Connected, WrapUp, Transferred, Failed),
            [Transferred] = Set(Queued, Offered, Abandoned, Failed),
            [WrapUp] = Set(Closed),
            [Closed] = Set(),
            [Abandoned] = Set(),
            [Failed] = Set(),
        }.ToFrozenDictionary();

    /// <summary>Every state, in declaration order.</summary>
    public static IReadOnlyList<InteractionState> States { get; } = Enum.GetValues<InteractionState>();

    /// <summary>Whether the machine allows going from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="to">The requested state.</param>
    /// <returns><see langword="true"/> when the transition is legal.</returns>
    public static bool IsAllowed(InteractionState from, InteractionState to) =>
        Table.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>The states reachable in one step from <paramref name="from"/>.</summary>
    /// <param name="from">The current state.</param>
    /// <returns>The legal targets; empty for a terminal state.</returns>
    public static IReadOnlyCollection<InteractionState> TargetsOf(InteractionState from) =>
        Table.TryGetValue(from, out var targets) ? targets : FrozenSet<InteractionState>.Empty;

    /// <summary>Throws <see cref="Sdk.Errors.InvalidTransitionException"/> unless the transition is legal.</summary>
    /// <param name="interactionId">The interaction, for the message.</param>
    /// <param name="from">The current state.</param>
    /// <param name="to">The requested state.</param>
    public static void EnsureAllowed(string interactionId, InteractionState from, InteractionState to)
    {
        if (!IsAllowed(from, to))
        {
            throw InteractionErrors.InvalidTransition(interactionId, from, to,
                from.IsTerminal() ? $"{from} is terminal" : null);
        }
    }

    private static FrozenSet<InteractionState> Set(params InteractionState[] states) => states.ToFrozenSet();
}
