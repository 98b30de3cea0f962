using System.Text.Json;
using ContactCenter.Sdk.Json;

namespace ContactCenter.Kernel;

/// <summary>
/// The kernel's own serializer options, for kernel and SDK types only. Never serialize a plugin's type with them:
/// they would cache its metadata and keep the plugin from unloading.
/// </summary>
public static class KernelJson
{
    /// <summary>The kernel's options (platform conventions: camelCase, enums as names).</summary>
    public static JsonSerializerOptions Options { get; } = ContactCenterJson.CreateOptions();
}
