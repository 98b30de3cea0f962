using System.Security.Claims;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// The conversation a supervisor reads from the wallboard's note form: a chat, WhatsApp or email interaction of their
/// teams, private notes included. New messages are announced on the kernel's bus (<c>cc.conversation.message-added</c>),
/// the same event the agent's shell follows.
/// </summary>
public interface IChatTranscripts
{
    /// <summary>
    /// The messages after <paramref name="afterSequence"/>, or <see langword="null"/> when <paramref name="supervisor"/>
    /// may not read it: no <c>monitoring.intervene</c>, an unknown id, another team's contact or not a conversation all
    /// give the same answer, so it tells nothing about other teams.
    /// </summary>
    Task<TranscriptRead?> ReadAsync(ClaimsPrincipal supervisor, string interactionId, long afterSequence, CancellationToken cancellationToken);
}
