namespace ContactCenter.Kernel.Plugins.Loading;

/// <summary>
/// Loads a plugin's main assembly into its own collectible load context, sharing the SDK (and the abstractions it
/// exposes) with the host. Kept small so that McMaster.NETCore.Plugins, in maintenance mode, can be replaced.
/// </summary>
internal interface IPluginAssemblyLoader
{
    /// <summary>Creates a collectible context for one plugin version and loads its main assembly.</summary>
    /// <param name="mainAssemblyPath">The full path of the main assembly.</param>
    /// <returns>The context; dispose it to unload.</returns>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    /// <exception cref="FileNotFoundException">The file or a dependency is missing.</exception>
    IPluginLoadContext Load(string mainAssemblyPath);
}
