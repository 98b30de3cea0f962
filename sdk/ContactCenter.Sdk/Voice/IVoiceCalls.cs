using ContactCenter.Sdk.Services;

namespace ContactCenter.Sdk.Voice;

/// <summary>
/// Call control for plugins that use voice without knowing SIP (IVRs, dialers, bots, the supervisor UI). The voice
/// channel plugin exports it; every other plugin (and the host) resolves the kernel's forwarder, which answers
/// <see cref="VoiceFailure.VoiceUnavailable"/> while no voice plugin is active. Calls are named by their interaction
/// id. No verb throws for a refused request: the result says why (<see cref="VoiceResult.Failure"/>).
/// </summary>
public interface IVoiceCalls
{
    /// <summary>The call's current state, or <see cref="VoiceFailure.UnknownCall"/>.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The call's state.</returns>
    ValueTask<VoiceResult<VoiceCallInfo>> GetCallAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Answers a ringing inbound call (the platform takes it, e.g. for an IVR); answering an answered call succeeds.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success, or why not.</returns>
    ValueTask<VoiceResult> AnswerAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Plays a prompt to the caller of an answered call that is not bridged to an agent; completes when it has been played.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="prompt">A catalogue prompt by name and language, or WAV bytes.</param>
    /// <param name="cancellationToken">Stops the playback at the next 20 ms frame.</param>
    /// <returns>Success, or why not.</returns>
    ValueTask<VoiceResult> PlayAsync(string interactionId, VoicePrompt prompt, CancellationToken cancellationToken = default);

    /// <summary>Collects DTMF digits (RFC 4733) from the caller of an answered call.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="request">How many digits, the terminator and the timeouts.</param>
    /// <param name="cancellationToken">Cancels the collection.</param>
    /// <returns>The digits and why the collection ended, or why none could be collected.</returns>
    ValueTask<VoiceResult<CollectedDigits>> CollectDigitsAsync(string interactionId, DigitCollectionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Offers the call to one agent: their registered phone rings, and the call is bridged when they answer.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="agentId">The agent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success once offered, or why not.</returns>
    ValueTask<VoiceResult> BridgeToAgentAsync(string interactionId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>Puts a connected call on hold: the caller hears music on hold and the agent hears nothing.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success, or why not.</returns>
    ValueTask<VoiceResult> HoldAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Takes a held call off hold.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success, or why not.</returns>
    ValueTask<VoiceResult> ResumeAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Transfers the call to a queue or an agent through the kernel's transfer.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="target">The queue or agent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success, or why not.</returns>
    ValueTask<VoiceResult> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default);

    /// <summary>Adds a third party (a SIP URI or an agent's registered phone) to a bridged call; it joins when it answers.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="party">Who to add.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success once dialled, or why not.</returns>
    ValueTask<VoiceResult> ConferenceAsync(string interactionId, ConferenceParty party, CancellationToken cancellationToken = default);

    /// <summary>Joins a supervisor's registered phone to a bridged call (listen, whisper or barge), or switches the mode of one already joined.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="supervisorId">The supervisor (their phone user).</param>
    /// <param name="mode">How the supervisor takes part.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success (the phone rings, or the mode switched), or why not.</returns>
    ValueTask<VoiceResult> MonitorAsync(string interactionId, string supervisorId, VoiceMonitorMode mode, CancellationToken cancellationToken = default);

    /// <summary>Hangs up a supervisor's monitoring leg.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="supervisorId">The supervisor.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success, or why not.</returns>
    ValueTask<VoiceResult> StopMonitorAsync(string interactionId, string supervisorId, CancellationToken cancellationToken = default);

    /// <summary>Places an outbound call from a service line; the call becomes an interaction.</summary>
    /// <param name="request">The destination and the line.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new interaction's id, or why no call was placed.</returns>
    ValueTask<VoiceResult<string>> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Hangs up the call (every leg); the kernel then ends or abandons the interaction.</summary>
    /// <param name="interactionId">The call's interaction.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success, or why not.</returns>
    ValueTask<VoiceResult> HangupAsync(string interactionId, CancellationToken cancellationToken = default);
}
