namespace ContactCenter.Kernel.Identity.OAuth.Clients;

/// <summary>What an administrator asks for when registering an OAuth client.</summary>
/// <param name="ClientId">The client id: 3 to 64 characters of <c>a-z</c>, <c>0-9</c>, <c>.</c>, <c>_</c>, <c>-</c>, starting with a letter or digit.</param>
/// <param name="DisplayName">A human name for the client.</param>
/// <param name="Scopes">The permissions (scopes) it may obtain; each must be a platform permission.</param>
public sealed record NewOAuthClient(string ClientId, string DisplayName, IReadOnlyList<string> Scopes)
{
    /// <summary><c>client_credentials</c> (machine clients, the default), <c>authorization_code</c> and <c>refresh_token</c> (interactive apps).</summary>
    public IReadOnlyList<string> GrantTypes { get; init; } = [OAuthGrants.ClientCredentials];

    /// <summary>Where the authorization code may be sent (absolute HTTPS, or HTTP on loopback).</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    /// <summary>Whether the client holds a secret; public clients (browser or native apps) use PKCE only.</summary>
    public bool Confidential { get; init; } = true;
}
