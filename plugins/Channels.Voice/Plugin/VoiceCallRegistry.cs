using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>Live calls by interaction id: the channel finds the call (and its agent leg) to ring, bridge or hang up when the kernel moves it.</summary>
internal sealed class VoiceCallRegistry
{
    private readonly ConcurrentDictionary<string, VoiceCallSession> _calls = new(StringComparer.Ordinal);

    public int Count => _calls.Count;

    public VoiceCallSession Add(string interactionId, ISipCustomerLeg call) => _calls[interactionId] = new VoiceCallSession(interactionId, call);

    public VoiceCallSession? Find(string interactionId) => _calls.GetValueOrDefault(interactionId);

    public void Remove(string interactionId) => _calls.TryRemove(interactionId, out _);

    /// <summary>
    /// The customer's call is over, inbound or answered outbound alike: its prompts stop, the recording of a call no
    /// agent was bridged to is stored (<see cref="VoiceRecordingStore.SaveUnbridgedAsync"/>), and the session leaves.
    /// </summary>
    public async Task EndAsync(VoiceCallSession session, VoiceRecordingStore recordings, IInteractionService interactions)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(recordings);
        await session.StopPromptsAsync().ConfigureAwait(false);
        await recordings.SaveUnbridgedAsync(session, interactions).ConfigureAwait(false);
        Remove(session.InteractionId);
    }
}
