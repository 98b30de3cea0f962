namespace ContactCenter.Plugins.Channels.WebChat.Identity;

/// <summary>The stored identity secret, sealed by the kernel's data protector.</summary>
/// <param name="Sealed">The protected base64 secret.</param>
internal sealed record SecretDocument(string Sealed);
