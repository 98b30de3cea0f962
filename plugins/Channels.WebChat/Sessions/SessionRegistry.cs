using System.Collections.Concurrent;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>The widgets connected to this node, by conversation and by interaction.</summary>
internal sealed class SessionRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<ChatSession, string>> _byConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _conversationOfInteraction = new(StringComparer.Ordinal);

    public int Count => _byConversation.Values.Sum(s => s.Count);

    public void Follow(ChatSession session, string conversationId, string interactionId)
    {
        _byConversation.GetOrAdd(conversationId, _ => new()).TryAdd(session, interactionId);
        _conversationOfInteraction[interactionId] = conversationId;
    }

    public void Unfollow(ChatSession session, string conversationId)
    {
        if (_byConversation.TryGetValue(conversationId, out var sessions) && sessions.TryRemove(session, out var interactionId) && sessions.IsEmpty)
        {
            _byConversation.TryRemove(new KeyValuePair<string, ConcurrentDictionary<ChatSession, string>>(conversationId, sessions));
            _conversationOfInteraction.TryRemove(new KeyValuePair<string, string>(interactionId, conversationId));
        }
    }

    public IReadOnlyList<ChatSession> ForConversation(string conversationId) =>
        _byConversation.TryGetValue(conversationId, out var sessions) ? [.. sessions.Keys] : [];

    public string? ConversationOf(string interactionId) => _conversationOfInteraction.GetValueOrDefault(interactionId);
}
