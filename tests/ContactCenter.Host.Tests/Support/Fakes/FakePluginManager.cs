using ContactCenter.Kernel.Plugins;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Host.Tests.Support.Fakes;

/// <summary>A plugin manager the tests script: the real one lives in the plugin host (not on this branch).</summary>
internal sealed class FakePluginManager : IPluginManager
{
    private readonly Dictionary<string, PluginInfo> _plugins = new(StringComparer.Ordinal);

    /// <summary>What CheckHealthAsync does: null = report every enabled plugin healthy.</summary>
    public Func<TimeSpan, CancellationToken, Task<IReadOnlyList<PluginHealthReport>>>? Health { get; set; }

    /// <summary>Thrown by every operation when set.</summary>
    public Exception? OperationError { get; set; }

    public List<string> Calls { get; } = [];

    public byte[]? LastPackage { get; private set; }

    public void Reset()
    {
        _plugins.Clear();
        Health = null;
        OperationError = null;
        Calls.Clear();
        LastPackage = null;
    }

    public PluginInfo Add(string id, bool enabled = true, PluginState state = PluginState.Active)
    {
        var info = Info(id, "1.0.0", enabled, state);
        _plugins[id] = info;
        return info;
    }

    public IReadOnlyList<PluginInfo> List() => _plugins.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();

    public PluginInfo? Get(string pluginId) => _plugins.GetValueOrDefault(pluginId);

    public async ValueTask<PluginInfo> InstallAsync(Stream package, CancellationToken cancellationToken)
    {
        Record("install");
        LastPackage = await Read(package);
        return _plugins["installed.plugin"] = Info("installed.plugin", "1.0.0", true, PluginState.Active);
    }

    public ValueTask<PluginInfo> InstallFromDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        Record("install-dir:" + directory);
        return ValueTask.FromResult(_plugins["installed.plugin"] = Info("installed.plugin", "1.0.0", true, PluginState.Active));
    }

    public async ValueTask<PluginInfo> UpgradeAsync(Stream package, CancellationToken cancellationToken)
    {
        Record("upgrade");
        LastPackage = await Read(package);
        var id = _plugins.Keys.First();
        return _plugins[id] = _plugins[id] with { Version = "2.0.0" };
    }

    public ValueTask<PluginInfo> EnableAsync(string pluginId, CancellationToken cancellationToken)
    {
        Record("enable:" + pluginId);
        return ValueTask.FromResult(_plugins[pluginId] = _plugins[pluginId] with { Enabled = true, State = PluginState.Active });
    }

    public ValueTask<PluginInfo> DisableAsync(string pluginId, CancellationToken cancellationToken)
    {
        Record("disable:" + pluginId);
        return ValueTask.FromResult(_plugins[pluginId] = _plugins[pluginId] with { Enabled = false, State = PluginState.Disabled });
    }

    public ValueTask UninstallAsync(string pluginId, CancellationToken cancellationToken)
    {
        Record("uninstall:" + pluginId);
        _plugins.Remove(pluginId);
        return ValueTask.CompletedTask;
    }

    public async ValueTask<IReadOnlyList<PluginHealthReport>> CheckHealthAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        if (Health is not null)
        {
            return await Health(budget, cancellationToken);
        }

        return _plugins.Values.Where(p => p.Enabled)
            .Select(p => new PluginHealthReport(p.Id, p.Version, p.State, PluginHealthStatus.Healthy, null)).ToArray();
    }

    private void Record(string call)
    {
        Calls.Add(call);
        if (OperationError is not null)
        {
            throw OperationError;
        }
    }

    private static async Task<byte[]> Read(Stream package)
    {
        using var copy = new MemoryStream();
        await package.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static PluginInfo Info(string id, string version, bool enabled, PluginState state) => new()
    {
        Id = id,
        Name = id,
        Enabled = enabled,
        Version = version,
        State = state,
        SdkRange = "[1.0,2.0)",
    };
}
