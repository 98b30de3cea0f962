namespace ContactCenter.Kernel.Identity.OAuth.Keys;

/// <summary>A stored OAuth key: an RSA private key (PKCS#8) encrypted with the kernel's data protector.</summary>
/// <param name="Use"><see cref="OAuthKeyUse.Signing"/> or <see cref="OAuthKeyUse.Encryption"/>.</param>
/// <param name="CreatedAt">When it was created (kernel clock).</param>
/// <param name="RetiredAt">When a newer key replaced it; retired keys still validate or decrypt what they issued.</param>
/// <param name="SealedKey">The encrypted PKCS#8 key, base64 (context <c>oauth/key/{id}</c>).</param>
public sealed record OAuthKeyRecord(string Use, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt, string SealedKey);
