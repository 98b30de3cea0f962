namespace ContactCenter.Sdk.Voice;

/// <summary>One participant of a bridged call's mix.</summary>
/// <param name="Id">The participant (<c>customer</c>, <c>agent</c>, <c>supervisor:{id}</c>, <c>conference:{n}</c>).</param>
/// <param name="Role">customer, agent, supervisor or conference.</param>
/// <param name="MonitorMode">A supervisor's mode; null for everyone else.</param>
public sealed record VoiceCallParticipant(string Id, string Role, VoiceMonitorMode? MonitorMode);
