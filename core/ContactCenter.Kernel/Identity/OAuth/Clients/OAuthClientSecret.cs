namespace ContactCenter.Kernel.Identity.OAuth.Clients;

/// <summary>A client with its new secret: the only time the secret is ever shown (it is stored hashed).</summary>
/// <param name="Client">The client.</param>
/// <param name="Secret">The secret; null for a public client.</param>
public sealed record OAuthClientSecret(OAuthClientInfo Client, string? Secret);
