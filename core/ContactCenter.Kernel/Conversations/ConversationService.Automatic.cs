using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// A channel plugin adds a message by itself: an outgoing message it already sent (stored as sent, never handed to the
/// channel again) or an activity it reports, each in English and Spanish, idempotent per conversation and key.
/// </summary>
internal sealed partial class ConversationService
{
    private const string AutomaticPurpose = "conversation-automatic";

    public async ValueTask<(ConversationMessage Message, bool Duplicate)> AddAutomaticAsync(string pluginId, AutomaticMessage message,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new Dictionary<string, string[]>();
        if (message.Kind is not (MessageKind.Outgoing or MessageKind.Activity))
        {
            errors["kind"] = ["Outgoing or Activity."];
        }

        ConversationLimits.SourceId(errors, "key", message.Key);
        if (message.Text is null)
        {
            errors["text"] = ["Required."];
        }
        else
        {
            ConversationLimits.Text(errors, message.Text.En, field: "text.en");
            ConversationLimits.Text(errors, message.Text.Es, field: "text.es");
        }

        ConversationLimits.ThrowIfAny(errors);
        var sourceKey = protector.LookupHash($"{message.ConversationId}\n{message.Key}", AutomaticPurpose);
        for (var attempt = 1; ; attempt++)
        {
            var current = (IsId(message.ConversationId) ? await _conversations.GetAsync(message.ConversationId, cancellationToken).ConfigureAwait(false) : null)
                ?? throw new EntityNotFoundException("conversation", message.ConversationId);
            if (InboxIds.PluginOf(current.Value.InboxId) != pluginId)
            {
                // Another plugin's conversation is answered exactly like a missing one.
                throw new EntityNotFoundException("conversation", message.ConversationId);
            }

            if (await FindBySourceKeyAsync(sourceKey, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return (await OpenAsync(existing.Id, existing.Value, cancellationToken).ConfigureAwait(false), true);
            }

            var status = message.Kind == MessageKind.Outgoing ? DeliveryStatus.Sent : DeliveryStatus.Pending;
            var draft = new Draft(message.Kind, message.Text!.En, null, sourceKey, null) { Automatic = true, TextEs = message.Text.Es, Status = status };
            try
            {
                var (_, added) = await AppendAsync(current, draft, c => c, cancellationToken).ConfigureAwait(false);
                return (added, false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another message took the sequence, or the same key raced this one (its claim conflicts); read again.
            }
        }
    }
}
