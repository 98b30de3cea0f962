namespace ContactCenter.Kernel.Identity.OAuth.Clients;

/// <summary>An OAuth client as administrators see it (never its secret, which is only kept hashed).</summary>
/// <param name="ClientId">The client id.</param>
/// <param name="DisplayName">Its name.</param>
/// <param name="Confidential">Whether it authenticates with a secret.</param>
/// <param name="GrantTypes">The grant types it may use.</param>
/// <param name="Scopes">The permissions it may obtain.</param>
/// <param name="RedirectUris">Its redirect URIs.</param>
public sealed record OAuthClientInfo(
    string ClientId, string DisplayName, bool Confidential, IReadOnlyList<string> GrantTypes, IReadOnlyList<string> Scopes, IReadOnlyList<string> RedirectUris);
