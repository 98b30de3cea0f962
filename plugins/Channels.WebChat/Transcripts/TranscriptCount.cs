namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>How many transcripts a conversation has had mailed (collection <c>transcripts</c>, keyed by conversation id; no address is kept).</summary>
/// <param name="Sent">Transcripts accepted by the mail server (or being sent right now).</param>
/// <param name="LastSentAt">When the latest one was sent, if one was.</param>
internal sealed record TranscriptCount(int Sent, DateTimeOffset? LastSentAt);
