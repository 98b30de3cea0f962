namespace ContactCenter.Sdk.Domain;

/// <summary>The medium an interaction travels on. Routing capacity and metrics are kept per kind.</summary>
public enum ChannelKind
{
    /// <summary>A telephone call (SIP or a carrier trunk).</summary>
    Voice = 0,

    /// <summary>A live web chat session.</summary>
    Chat = 1,

    /// <summary>An email thread.</summary>
    Email = 2,

    /// <summary>A WhatsApp Business conversation.</summary>
    WhatsApp = 3,

    /// <summary>An SMS conversation.</summary>
    Sms = 4,

    /// <summary>A social network conversation (direct messages or public posts).</summary>
    Social = 5,

    /// <summary>A video call.</summary>
    Video = 6,

    /// <summary>A back-office work item (task, case, callback request) with no live customer.</summary>
    Task = 7,
}
