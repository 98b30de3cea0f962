using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Opens the plugin catalog in a process that manages plugins without hosting them.</summary>
public static class PluginCatalogServiceProviderExtensions
{
    /// <summary>
    /// Reads the registry and the plugins folder into the catalog <see cref="IPluginManager"/> works on (as the host
    /// does at start-up), without loading any plugin. Use it with <see cref="PluginHostOptions.LoadAssemblies"/> set to
    /// <see langword="false"/>; the store must be initialised first.
    /// </summary>
    /// <param name="services">The kernel's services.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task that completes once the catalog is read.</returns>
    public static Task OpenPluginCatalogAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PluginBootstrapper>().RegisterAsync(cancellationToken);
}
