using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Kernel.Identity.OAuth.Entities;

/// <summary>A token entry (OpenIddict token): what was issued, to whom, until when, and whether it still counts.</summary>
public sealed class OAuthToken : IOAuthEntity
{
    /// <inheritdoc />
    public string Id { get; set; } = "";

    /// <inheritdoc />
    [JsonIgnore]
    public long Version { get; set; }

    /// <summary>The application (document id).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The authorization (document id).</summary>
    public string? AuthorizationId { get; set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset? CreationDate { get; set; }

    /// <summary>When it expires.</summary>
    public DateTimeOffset? ExpirationDate { get; set; }

    /// <summary>When it was redeemed (codes, rotated refresh tokens).</summary>
    public DateTimeOffset? RedemptionDate { get; set; }

    /// <summary>The token itself, only for reference tokens (already protected by OpenIddict).</summary>
    public string? Payload { get; set; }

    /// <summary>The hashed reference id, for reference tokens.</summary>
    public string? ReferenceId { get; set; }

    /// <summary><c>valid</c>, <c>inactive</c>, <c>redeemed</c>, <c>rejected</c> or <c>revoked</c>.</summary>
    public string? Status { get; set; }

    /// <summary>The user or client it was issued for.</summary>
    public string? Subject { get; set; }

    /// <summary>The token type (<c>access_token</c>, <c>refresh_token</c>, <c>authorization_code</c>, …).</summary>
    public string? Type { get; set; }

    /// <summary>Extra properties.</summary>
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
