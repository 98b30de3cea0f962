using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins;

/// <summary>Defaults <see cref="PluginHostOptions.Directory"/> to <c>{CC:Storage:DataDirectory}/plugins</c>.</summary>
internal sealed class DefaultPluginDirectory(IOptions<StorageOptions> storage) : IPostConfigureOptions<PluginHostOptions>
{
    public void PostConfigure(string? name, PluginHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            options.Directory = Path.Combine(storage.Value.FullDataDirectory, "plugins");
        }
    }
}
