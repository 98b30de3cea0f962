namespace ContactCenter.Plugins.Channels.WhatsApp.Account;

/// <summary>The Meta app's credentials in clear, in memory only. <see cref="ToString"/> never shows them.</summary>
internal sealed record AccountSettings(string AppSecret, string AccessToken, string VerifyToken, Uri GraphBaseUrl, string GraphVersion)
{
    public override string ToString() => $"WhatsApp account (Graph {GraphBaseUrl} {GraphVersion}; secrets hidden)";
}
