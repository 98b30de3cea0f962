using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Plugins;

/// <summary>Registers the plugin host.</summary>
internal static class PluginHostServiceCollectionExtensions
{
    public static IServiceCollection AddPluginHost(this IServiceCollection services, IConfiguration configuration) => services;
}
