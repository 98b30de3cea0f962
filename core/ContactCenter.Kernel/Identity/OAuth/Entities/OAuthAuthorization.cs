using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Kernel.Identity.OAuth.Entities;

/// <summary>An authorization a subject gave a client (OpenIddict authorization).</summary>
public sealed class OAuthAuthorization : IOAuthEntity
{
    /// <inheritdoc />
    public string Id { get; set; } = "";

    /// <inheritdoc />
    [JsonIgnore]
    public long Version { get; set; }

    /// <summary>The application (document id).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreationDate { get; set; }

    /// <summary>The granted scopes.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary><c>valid</c> or <c>revoked</c>.</summary>
    public string? Status { get; set; }

    /// <summary>The user id it was given by.</summary>
    public string? Subject { get; set; }

    /// <summary><c>permanent</c> or <c>ad-hoc</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Extra properties.</summary>
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
