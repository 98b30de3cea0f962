namespace ContactCenter.Host.Api.Clients;

/// <summary>Body of <c>POST /api/v1/clients</c>.</summary>
/// <param name="ClientId">The client id (3 to 64 of a-z, 0-9, '.', '_', '-').</param>
/// <param name="DisplayName">A human name.</param>
/// <param name="Scopes">The permissions it may obtain.</param>
/// <param name="GrantTypes"><c>client_credentials</c> (default), or <c>authorization_code</c> with <c>refresh_token</c>.</param>
/// <param name="RedirectUris">Redirect URIs for the authorization code flow.</param>
/// <param name="Confidential">Whether it gets a secret (default true); public clients use PKCE only.</param>
internal sealed record CreateClientRequest(
    string? ClientId, string? DisplayName, string[]? Scopes, string[]? GrantTypes, string[]? RedirectUris, bool? Confidential);
