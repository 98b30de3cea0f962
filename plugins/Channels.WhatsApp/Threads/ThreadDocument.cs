namespace ContactCenter.Plugins.Channels.WhatsApp.Threads;

/// <summary>
/// Per conversation (collection <c>threads</c>, id = conversation id): who to send to and when the customer last
/// wrote, which opens the 24-hour customer-service window. The WhatsApp id is personal data: stored encrypted.
/// </summary>
internal sealed record ThreadDocument(string Channel, string WaId, DateTimeOffset LastCustomerMessageAt);
