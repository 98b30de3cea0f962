using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WhatsApp.Outbound;

/// <summary>One message of a reply with files: a file (with the caption it carries) or, when no file can carry it, the text alone.</summary>
/// <param name="File">The file, or <see langword="null"/> for the text message.</param>
/// <param name="FileIndex">The file's position among the reply's attachments (-1 for the text).</param>
/// <param name="Kind">How WhatsApp sends the file.</param>
/// <param name="Text">The caption of the file, or the text of the text message.</param>
internal sealed record MediaPart(MessageAttachment? File, int FileIndex, MediaKind? Kind, string? Text);
