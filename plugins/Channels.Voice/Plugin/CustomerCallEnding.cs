using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// Ends a customer call's interaction by the state it is in when the customer's leg ended: talking (connected or held)
/// goes to wrap-up, still waiting (created, queued, offered) is abandoned, self-service is closed or abandoned as the
/// caller says. The interaction can move between the read and the write: an agent answers just as the customer hangs
/// up, so an abandon meets a connected interaction. The kernel then refuses the write as an invalid transition and
/// changes nothing, and the state is read again, so the interaction still ends, in wrap-up, rather than staying
/// connected until its wrap-up timer.
/// </summary>
internal static class CustomerCallEnding
{
    private const int MaxAttempts = 3;

    public static async Task EndAsync(IInteractionService interactions, string interactionId, bool selfServiceCloses, string abandonReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        for (var attempt = 1; ; attempt++)
        {
            var current = await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false);
            try
            {
                switch (current?.State)
                {
                    case InteractionState.SelfService when selfServiceCloses:
                        await interactions.CloseAsync(interactionId, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case InteractionState.Connected or InteractionState.Held:
                        await interactions.EndContactAsync(interactionId, cancellationToken).ConfigureAwait(false);
                        break;
                    case InteractionState.Created or InteractionState.SelfService or InteractionState.Queued or InteractionState.Offered:
                        await interactions.AbandonAsync(interactionId, abandonReason, cancellationToken).ConfigureAwait(false);
                        break;
                }

                return;
            }
            catch (InvalidTransitionException) when (attempt < MaxAttempts)
            {
                // Moved since the read (see the summary): read it again.
            }
        }
    }
}
