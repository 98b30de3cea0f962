namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>A media object of an inbound message: fetched by id from the Graph API.</summary>
/// <param name="Id">The media id.</param>
/// <param name="MimeType">The declared type.</param>
/// <param name="FileName">The document's file name, when given.</param>
internal sealed record WebhookMedia(string Id, string MimeType, string? FileName);
