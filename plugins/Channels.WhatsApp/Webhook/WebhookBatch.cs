namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>What one webhook delivery carries, in order.</summary>
internal sealed record WebhookBatch(IReadOnlyList<WebhookMessage> Messages, IReadOnlyList<WebhookStatus> Statuses);
