namespace ContactCenter.Plugins.Channels.WhatsApp.Account;

/// <summary>The stored account: every secret encrypted with the kernel's data protector; the endpoint in clear.</summary>
internal sealed record AccountDocument(string AppSecret, string AccessToken, string VerifyToken, string? GraphBaseUrl, string? GraphVersion);
