namespace ContactCenter.Sdk.Voice;

/// <summary>A live call as the voice plugin sees it.</summary>
/// <param name="InteractionId">The call's interaction.</param>
/// <param name="State">Where the call is.</param>
/// <param name="Caller">The caller's user part or number, when known.</param>
/// <param name="Called">The dialled line, when known.</param>
/// <param name="AgentId">The agent whose phone rings or is bridged, if any.</param>
/// <param name="Participants">Who is in the call's mix once bridged (empty before).</param>
public sealed record VoiceCallInfo(string InteractionId, VoiceCallState State, string? Caller, string? Called, string? AgentId, IReadOnlyList<VoiceCallParticipant> Participants);
