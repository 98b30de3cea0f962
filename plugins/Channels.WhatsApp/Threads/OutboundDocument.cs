namespace ContactCenter.Plugins.Channels.WhatsApp.Threads;

/// <summary>
/// How far a reply with files got (collection <c>outbound</c>, keyed by a hash of the kernel message id): the media
/// id of each file uploaded and the message id of each part WhatsApp accepted, in order, so a retried send uploads and
/// sends only what is missing.
/// </summary>
internal sealed record OutboundDocument(IReadOnlyList<string?> MediaIds, IReadOnlyList<string?> SentIds);
