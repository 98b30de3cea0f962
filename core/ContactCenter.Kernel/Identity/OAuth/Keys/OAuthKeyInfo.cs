namespace ContactCenter.Kernel.Identity.OAuth.Keys;

/// <summary>A stored OAuth key as status shows it: never key material.</summary>
/// <param name="Id">The key id (the JWT <c>kid</c>).</param>
/// <param name="Use"><see cref="OAuthKeyUse.Signing"/> or <see cref="OAuthKeyUse.Encryption"/>.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RetiredAt">When a newer key replaced it, if one did.</param>
public sealed record OAuthKeyInfo(string Id, string Use, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt);
