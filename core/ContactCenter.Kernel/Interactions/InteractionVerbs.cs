using ContactCenter.Sdk.Domain;
using static ContactCenter.Sdk.Domain.InteractionState;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// Which verb makes which transition. The state machine says whether a state pair is legal; a verb covers only part of
/// it (Held → Connected is legal but is <c>Resume</c>, not <c>Accept</c>), and the error then names the right verb.
/// </summary>
internal static class InteractionVerbs
{
    public static InteractionState TargetOf(InteractionVerb verb) => verb switch
    {
        InteractionVerb.StartSelfService => SelfService,
        InteractionVerb.Enqueue or InteractionVerb.Reject or InteractionVerb.ExpireOffer => Queued,
        InteractionVerb.Offer => Offered,
        InteractionVerb.Accept or InteractionVerb.Connect or InteractionVerb.Resume => Connected,
        InteractionVerb.Hold => Held,
        InteractionVerb.Transfer => Transferred,
        InteractionVerb.EndContact => WrapUp,
        InteractionVerb.Close => Closed,
        InteractionVerb.Abandon => Abandoned,
        InteractionVerb.Fail => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(verb)),
    };

    public static bool Covers(InteractionVerb verb, InteractionState from) => verb switch
    {
        InteractionVerb.StartSelfService => from is Created or Queued,
        InteractionVerb.Enqueue => from is Created or SelfService,
        InteractionVerb.Offer or InteractionVerb.Reject or InteractionVerb.ExpireOffer or InteractionVerb.Accept =>
            from == (verb == InteractionVerb.Offer ? Queued : Offered),
        InteractionVerb.Connect => from is Created,
        InteractionVerb.Hold => from is Connected,
        InteractionVerb.Resume => from is Held,
        InteractionVerb.Transfer or InteractionVerb.EndContact => from is Connected or Held,
        InteractionVerb.Close => from is SelfService or WrapUp,
        InteractionVerb.Abandon => from is Created or SelfService or Queued or Offered or Transferred,
        InteractionVerb.Fail => !from.IsTerminal() && from != WrapUp,
        _ => false,
    };

    /// <summary>Throws the typed error unless <paramref name="verb"/> may move an interaction in <paramref name="from"/>.</summary>
    public static void Ensure(string interactionId, InteractionVerb verb, InteractionState from)
    {
        var to = TargetOf(verb);
        InteractionStateMachine.EnsureAllowed(interactionId, from, to);
        if (!Covers(verb, from))
        {
            throw InteractionErrors.InvalidTransition(interactionId, from, to, HintFor(from, to));
        }
    }

    private static string HintFor(InteractionState from, InteractionState to) => (from, to) switch
    {
        (Held, Connected) => "resume the held interaction instead",
        (Offered, Queued) => "an offered interaction returns to its queue when the agent rejects it or the offer times out",
        (Queued, Offered) => "offers are made by routing, not by callers",
        (Transferred, _) => "a transfer continues on its own",
        _ => "this operation does not apply here",
    };
}
