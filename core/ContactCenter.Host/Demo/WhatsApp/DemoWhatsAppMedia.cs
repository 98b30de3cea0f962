namespace ContactCenter.Host.Demo.WhatsApp;

/// <summary>A file uploaded to the stand-in.</summary>
internal sealed record DemoWhatsAppMedia(byte[] Content, string MimeType);
