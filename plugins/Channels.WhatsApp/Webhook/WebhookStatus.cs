namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>A delivery report for a message the business sent.</summary>
/// <param name="MessageId">Meta's id of the sent message.</param>
/// <param name="Status"><c>sent</c>, <c>delivered</c>, <c>read</c> or <c>failed</c> (anything else is ignored).</param>
/// <param name="Error">For <c>failed</c>: Meta's code and title, when given.</param>
internal sealed record WebhookStatus(string MessageId, string Status, string? Error);
