using System.Reflection;
using System.Text.Json;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// Clears System.Text.Json's process-wide reflection caches after a plugin unloads. Even with options the plugin owns,
/// the serializer keeps emitted member accessors for the plugin's types in a static cache that is pruned only when it
/// is used again later, which keeps the plugin's load context alive (found by the unload tests). The runtime clears
/// the same caches for hot reload through its <c>MetadataUpdateHandler</c>; the plugin host calls that handler.
/// If a future runtime removes it, unload verification reports <c>UnloadFailed</c> instead of hiding the leak.
/// </summary>
internal static class SerializerCaches
{
    private static readonly MethodInfo? ClearCache = typeof(JsonSerializer).Assembly
        .GetCustomAttributes<System.Reflection.Metadata.MetadataUpdateHandlerAttribute>()
        .Select(a => a.HandlerType.GetMethod("ClearCache", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(Type[])]))
        .FirstOrDefault(m => m is not null);

    /// <summary>Whether the runtime's cache-clearing hook was found.</summary>
    public static bool CanClear => ClearCache is not null;

    public static void Clear() => ClearCache?.Invoke(null, [null]);
}
