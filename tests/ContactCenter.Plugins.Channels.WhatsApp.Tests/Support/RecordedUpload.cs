namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

/// <summary>One media upload the stand-in Graph API received (its multipart fields and file part) and the media id it answered.</summary>
internal sealed record RecordedUpload(string PhoneNumberId, string? MessagingProduct, string? Type, string? FileName, string? FileContentType, byte[] Content, string AnsweredId);
