namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>One customer message of a webhook, already rendered: the text an agent reads and the media to fetch, if any.</summary>
/// <param name="PhoneNumberId">The business number it was sent to.</param>
/// <param name="WaId">The sender's WhatsApp id (their number in international form, digits only).</param>
/// <param name="ProfileName">The sender's profile name, when given.</param>
/// <param name="Id">Meta's message id (<c>wamid.…</c>): the same id redelivered creates nothing.</param>
/// <param name="SentAt">When the customer sent it (the customer-service window starts here).</param>
/// <param name="Text">The text for the agent.</param>
/// <param name="Media">The media to download, if any.</param>
internal sealed record WebhookMessage(string PhoneNumberId, string WaId, string? ProfileName, string Id, DateTimeOffset? SentAt, string Text, WebhookMedia? Media);
