namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>A participant of a call's mix as the API shows it: id, role and (supervisors) mode.</summary>
internal sealed record VoiceParticipantView(string Id, string Role, string? Mode);
