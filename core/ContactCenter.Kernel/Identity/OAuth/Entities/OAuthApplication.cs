using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Kernel.Identity.OAuth.Entities;

/// <summary>An OAuth client (OpenIddict application). The secret is only ever held hashed (OpenIddict hashes it).</summary>
public sealed class OAuthApplication : IOAuthEntity
{
    /// <inheritdoc />
    public string Id { get; set; } = "";

    /// <inheritdoc />
    [JsonIgnore]
    public long Version { get; set; }

    /// <summary>The public client identifier.</summary>
    public string? ClientId { get; set; }

    /// <summary>The PBKDF2 hash of the client secret (never the secret).</summary>
    public string? ClientSecret { get; set; }

    /// <summary><c>confidential</c> or <c>public</c>.</summary>
    public string? ClientType { get; set; }

    /// <summary><c>web</c> or <c>native</c>.</summary>
    public string? ApplicationType { get; set; }

    /// <summary>Consent type (<c>implicit</c>, <c>explicit</c>, …).</summary>
    public string? ConsentType { get; set; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Localised display names by culture name.</summary>
    public Dictionary<string, string>? DisplayNames { get; set; }

    /// <summary>OpenIddict permissions (<c>ept:token</c>, <c>gt:client_credentials</c>, <c>scp:interactions.read</c>, …).</summary>
    public List<string> Permissions { get; set; } = [];

    /// <summary>Redirect URIs (authorization code flow).</summary>
    public List<string> RedirectUris { get; set; } = [];

    /// <summary>Post-logout redirect URIs.</summary>
    public List<string> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>Requirements (<c>ft:pkce</c>).</summary>
    public List<string> Requirements { get; set; } = [];

    /// <summary>Per-client settings (token lifetimes).</summary>
    public Dictionary<string, string>? Settings { get; set; }

    /// <summary>Extra properties.</summary>
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
