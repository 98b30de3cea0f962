using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Kernel.Identity.OAuth.Entities;

/// <summary>A scope clients may request (OpenIddict scope); ours are named after permissions.</summary>
public sealed class OAuthScope : IOAuthEntity
{
    /// <inheritdoc />
    public string Id { get; set; } = "";

    /// <inheritdoc />
    [JsonIgnore]
    public long Version { get; set; }

    /// <summary>The unique scope name.</summary>
    public string? Name { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>Localised descriptions by culture name.</summary>
    public Dictionary<string, string>? Descriptions { get; set; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Localised display names by culture name.</summary>
    public Dictionary<string, string>? DisplayNames { get; set; }

    /// <summary>The resources (audiences) the scope grants access to.</summary>
    public List<string> Resources { get; set; } = [];

    /// <summary>Extra properties.</summary>
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
