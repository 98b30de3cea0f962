namespace ContactCenter.Kernel.Presence;

/// <summary>The agent's verbs on its own after-contact work (WCAG 2.2.1: a timed wrap-up can be extended).</summary>
public interface IWrapUpService
{
    /// <summary>
    /// Pushes the end of the agent's timed wrap-up of the interaction out by its queue's <c>WrapUpExtension</c>, at most
    /// <c>MaxWrapUpExtensions</c> times per interaction, and re-arms the timeout. Refused (see
    /// <see cref="WrapUpExtendRefusal"/>) once the time is up, in a fixed queue, without a time limit, or past the limit.
    /// Every attempt is audited as <c>wrap-up.extended</c> on <c>interaction/{id}</c> (refusals with outcome failure).
    /// </summary>
    /// <param name="agentId">The agent who holds the interaction in wrap-up.</param>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="actor">Who asks, for the audit log (the signed-in user's id).</param>
    /// <param name="cancellationToken">Cancels the wait (not the change, once sent).</param>
    /// <returns>The outcome, with the wrap-up's end and extensions left.</returns>
    ValueTask<WrapUpExtendResult> ExtendAsync(string agentId, string interactionId, string actor, CancellationToken cancellationToken = default);
}
