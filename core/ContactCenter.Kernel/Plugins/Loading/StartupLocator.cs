using System.Reflection;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins.Loading;

/// <summary>Finds a plugin's <see cref="IPluginStartup"/>: the manifest's <c>startup</c> type, or the only one in the assembly.</summary>
internal static class StartupLocator
{
    /// <summary>The startup type, or a reason why there is none.</summary>
    public static (Type? Type, string? Problem) Find(Assembly assembly, PluginManifest manifest)
    {
        if (manifest.Startup is { } name)
        {
            var type = assembly.GetType(name, throwOnError: false);
            return type is null || !IsStartup(type)
                ? (null, $"The startup type '{name}' named in plugin.json is not a public, non-abstract IPluginStartup with a parameterless constructor in {manifest.Assembly}.")
                : (type, null);
        }

        var candidates = assembly.GetExportedTypes().Where(IsStartup).ToList();
        return candidates.Count switch
        {
            1 => (candidates[0], null),
            0 => (null, $"{manifest.Assembly} has no public IPluginStartup with a parameterless constructor."),
            _ => (null, $"{manifest.Assembly} has {candidates.Count} IPluginStartup types ({string.Join(", ", candidates.Select(c => c.FullName))}); name one in plugin.json 'startup'."),
        };
    }

    private static bool IsStartup(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsPublic: true }
        && typeof(IPluginStartup).IsAssignableFrom(type)
        && type.GetConstructor(Type.EmptyTypes) is not null;

    /// <summary>Whether <paramref name="exception"/> means the plugin was built for another host (NotSupported, not Faulted).</summary>
    public static bool IsIncompatibility(Exception exception) =>
        exception is TypeLoadException or MissingMemberException or BadImageFormatException or FileNotFoundException
            or FileLoadException or ReflectionTypeLoadException;
}
