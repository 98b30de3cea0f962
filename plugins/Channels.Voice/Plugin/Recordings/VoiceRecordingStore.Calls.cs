using ContactCenter.Plugins.Channels.Voice.Media.Recording;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

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

    /// <summary>
    /// The call ended (inbound or placed through a trunk): what was recorded while no agent was bridged (the customer
    /// hung up in the greeting, menu or queue, or the call stayed in self-service) is stored like any recording,
    /// without an agent. Nothing happens when the recording went on to a bridge (stored when the bridge ends), or when
    /// none was started. A store failure (or no encryption at rest) is logged, not thrown: the call is over and
    /// nobody awaits this.
    /// </summary>
    public async Task SaveUnbridgedAsync(VoiceCallSession session, IInteractionService interactions)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(interactions);
        if (session.StopPreBridgeRecording() is not { } unbridged)
        {
            return;
        }

        try
        {
            var interaction = await interactions.GetAsync(session.InteractionId).ConfigureAwait(false);
            if (await SaveCallAsync(session, unbridged.Recorder, null, interaction, unbridged.StartedAt).ConfigureAwait(false) is { } recording)
            {
                LogRecordedUnbridged(logger, session.InteractionId, recording.Id, recording.DurationMs);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogUnbridgedRecordingFailed(logger, session.InteractionId, ex);
        }
    }

    [LoggerMessage(7057, LogLevel.Information, "Interaction {InteractionId} recorded without an agent as {RecordingId} ({DurationMs} ms)")]
    private static partial void LogRecordedUnbridged(ILogger logger, string interactionId, string recordingId, long durationMs);

    [LoggerMessage(7058, LogLevel.Error, "Recording of interaction {InteractionId} (no agent bridged) could not be stored")]
    private static partial void LogUnbridgedRecordingFailed(ILogger logger, string interactionId, Exception exception);
}
