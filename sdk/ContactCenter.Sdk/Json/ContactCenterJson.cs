using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Sdk.Json;

/// <summary>The platform's JSON conventions: web defaults (camelCase) and enums as their names.</summary>
public static class ContactCenterJson
{
    /// <summary>
    /// Creates a new options instance with the platform's conventions. Each caller owns its instance: options cache the
    /// metadata of every type they serialize, so a plugin must not share an instance with the host.
    /// </summary>
    /// <returns>A new, unshared options instance.</returns>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
