using System.Reflection;
using System.Runtime.Loader;

namespace ContactCenter.Kernel.Plugins.Loading;

/// <summary>One plugin version's collectible load context. Disposing it starts the unload.</summary>
internal interface IPluginLoadContext : IDisposable
{
    /// <summary>The plugin's main assembly.</summary>
    Assembly MainAssembly { get; }

    /// <summary>The load context (weakly referenced by the host to verify it was collected).</summary>
    AssemblyLoadContext LoadContext { get; }
}
