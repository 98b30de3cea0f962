namespace ContactCenter.Plugins.Channels.WhatsApp.Plugin;

/// <summary>One configured business phone number: its inbox's channel name, bound to a service line and queue.</summary>
/// <param name="PhoneNumberId">The Graph API phone-number id (the webhook's <c>metadata.phone_number_id</c>).</param>
/// <param name="Channel">The channel name within the plugin.</param>
/// <param name="ServiceLineId">The service line the inbox serves.</param>
/// <param name="QueueId">The queue its conversations enter.</param>
internal sealed record NumberBinding(string PhoneNumberId, string Channel, string ServiceLineId, string QueueId);
