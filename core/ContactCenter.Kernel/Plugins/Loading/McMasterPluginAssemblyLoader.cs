using System.Reflection;
using System.Runtime.Loader;
using ContactCenter.Sdk.Plugins;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Loading;

/// <summary>The loader on McMaster.NETCore.Plugins: one unloadable <see cref="PluginLoader"/> per plugin version.</summary>
internal sealed class McMasterPluginAssemblyLoader : IPluginAssemblyLoader
{
    /// <summary>
    /// Types whose assemblies (and, transitively, their references) always come from the host: the SDK and the
    /// Microsoft.Extensions abstractions its contracts expose. A plugin that ships its own copy still binds to these.
    /// </summary>
    public static Type[] SharedTypes { get; } =
    [
        typeof(IPluginStartup),
        typeof(IServiceCollection),
        typeof(ILogger),
        typeof(IConfiguration),
        typeof(Microsoft.Extensions.Primitives.StringValues),
    ];

    public IPluginLoadContext Load(string mainAssemblyPath)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(
            mainAssemblyPath,
            isUnloadable: true,
            SharedTypes,
            config =>
            {
                config.PreferSharedTypes = true;

                // Read into memory so no file stays locked: an upgrade or uninstall can remove the folder on any OS.
                config.LoadInMemory = true;
            });
        try
        {
            return new Context(loader, loader.LoadDefaultAssembly());
        }
        catch
        {
            loader.Dispose();
            throw;
        }
    }

    private sealed class Context(PluginLoader loader, Assembly mainAssembly) : IPluginLoadContext
    {
        public Assembly MainAssembly => mainAssembly;

        public AssemblyLoadContext LoadContext => loader.LoadContext;

        public void Dispose() => loader.Dispose();
    }
}
