using ContactCenter.Plugins.Channels.WebChat.Transcripts;

namespace ContactCenter.Plugins.Channels.WebChat.Plugin;

/// <summary>One configured inbox: the widget's <c>data-inbox</c> names the channel, bound to a service line and queue.</summary>
/// <param name="Channel">The channel name within the plugin (lower-case letters, digits, <c>-</c>, <c>_</c>).</param>
/// <param name="ServiceLineId">The service line the inbox serves.</param>
/// <param name="QueueId">The queue its conversations enter.</param>
internal sealed record InboxBinding(string Channel, string ServiceLineId, string QueueId)
{
    /// <summary>The time zone a transcript shows its times in (<c>timeZone</c>, an IANA id); UTC by default.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The inbox's transcript templates (its <c>transcript</c> section over the bilingual defaults).</summary>
    public TranscriptTemplates Transcript { get; init; } = TranscriptTemplates.Default;
}
