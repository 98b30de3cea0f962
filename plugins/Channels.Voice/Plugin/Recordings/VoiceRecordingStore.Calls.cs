using ContactCenter.Plugins.Channels.Voice.Media.Recording;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>Storing the recording of a call when it, or its bridge, ends.</summary>
internal sealed partial class VoiceRecordingStore
{
    /// <summary>
    /// Stops <paramref name="recorder"/>, waits for its chunks and completes the recording with the call's metadata:
    /// numbers and direction from the session, the agent (none when no agent was bridged), queue and disposition from
    /// the interaction. Null when the recorder was already stopped.
    /// </summary>
    public async Task<VoiceRecording?> SaveCallAsync(VoiceCallSession session, CallRecorder recorder, string? agentId, Interaction? interaction, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(recorder);
        if (await recorder.StopAsync().ConfigureAwait(false) is not { } wav)
        {
            return null;
        }

        var recording = session.RecordingDraft(started) with
        {
            Id = recorder.Id,
            AgentId = agentId,
            QueueId = interaction?.QueueId,
            Disposition = interaction?.Disposition?.Code,
            EndedAt = time.GetUtcNow(),
        };
        return await CompleteAsync(recording, wav, CancellationToken.None).ConfigureAwait(false);
    }
}
