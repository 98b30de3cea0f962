namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>This plugin's id as installed (the kernel stamps it on the interactions the plugin creates).</summary>
internal sealed record VoicePluginIdentity(string PluginId);
