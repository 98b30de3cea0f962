namespace ContactCenter.Host.Security.Authentication;

/// <summary>Names of the bearer scheme.</summary>
public static class BearerTokenDefaults
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "Bearer";

    /// <summary>The query parameter browsers use for the token on WebSocket requests to the hubs (they cannot set headers).</summary>
    public const string HubQueryParameter = "access_token";
}
