using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>Checks the permission names of an approve or revoke request, all at once, before anything changes.</summary>
internal static class PluginPermissionNames
{
    /// <param name="permissions">The names asked for.</param>
    /// <param name="requested">What the plugin requests (approval only: nothing else can be approved), or <see langword="null"/>.</param>
    /// <param name="pluginId">The plugin, for messages.</param>
    /// <returns>The distinct names.</returns>
    public static List<string> Validate(IReadOnlyCollection<string>? permissions, IReadOnlyList<string>? requested, string pluginId)
    {
        var errors = new List<string>();
        if (permissions is null || permissions.Count == 0)
        {
            errors.Add("Name at least one permission.");
        }

        foreach (var name in permissions ?? [])
        {
            if (string.IsNullOrWhiteSpace(name) || !Sdk.Permissions.All.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"'{name}' is not a known permission.");
            }
            else if (requested is not null && !requested.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"Plugin '{pluginId}' does not request '{name}' in its plugin.json; only requested permissions can be approved.");
            }
        }

        return errors.Count > 0
            ? throw new InvalidRequestException(new Dictionary<string, string[]> { ["permissions"] = [.. errors] })
            : permissions!.Distinct(StringComparer.Ordinal).ToList();
    }
}
