namespace ContactCenter.Kernel.Identity.OAuth.Clients;

/// <summary>The OAuth grant types the platform offers.</summary>
public static class OAuthGrants
{
    /// <summary>Machine clients authenticating with their own secret.</summary>
    public const string ClientCredentials = "client_credentials";

    /// <summary>Interactive apps acting for a signed-in user (with PKCE).</summary>
    public const string AuthorizationCode = "authorization_code";

    /// <summary>Renewing a user's access without signing in again (rotated at each use).</summary>
    public const string RefreshToken = "refresh_token";

    /// <summary>Every grant type offered.</summary>
    public static IReadOnlyList<string> All { get; } = [ClientCredentials, AuthorizationCode, RefreshToken];
}
