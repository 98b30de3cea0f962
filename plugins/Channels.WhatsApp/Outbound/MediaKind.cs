namespace ContactCenter.Plugins.Channels.WhatsApp.Outbound;

/// <summary>How WhatsApp sends a file: its message type, the largest file it takes and whether it carries a caption.</summary>
/// <param name="Type">The Cloud API message type (<c>image</c>, <c>audio</c>, <c>video</c>, <c>document</c>, <c>sticker</c>).</param>
/// <param name="MaxBytes">The largest file of this type WhatsApp accepts.</param>
/// <param name="TakesCaption">Whether the message may carry a caption (images, videos and documents).</param>
internal sealed record MediaKind(string Type, long MaxBytes, bool TakesCaption);
