namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// An agent's SIP phone account from configuration: the SIP user, the agent it rings for, and its per-realm HA1
/// digests (never the secret): HA1 = H(user:realm:secret) with MD5 and SHA-256.
/// </summary>
internal sealed record VoicePhone(string User, string AgentId, string Ha1Md5, string Ha1Sha256);
