using System.Collections.Concurrent;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// The installed plugins at run time, and the lookups the kernel's routes need: by id, by public path, by routing
/// strategy name. Also guards the names plugins share: public paths and strategy names.
/// </summary>
internal sealed class PluginCatalog
{
    private readonly ConcurrentDictionary<string, PluginRuntime> _runtimes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Lazy<IReadOnlyList<IRoutingStrategy>> _builtIn;
    private volatile bool _started;

    public PluginCatalog(IServiceProvider services)
    {
        // Lazily: the routing area registers the built-in strategies, and they may depend on this host's provider.
        _builtIn = new Lazy<IReadOnlyList<IRoutingStrategy>>(() => services.GetServices<IRoutingStrategy>().ToList());
    }

    /// <summary>Whether the plugin host finished loading the plugins at start-up.</summary>
    public bool Started
    {
        get => _started;
        set => _started = value;
    }

    /// <summary>The routing strategies registered in the host's container.</summary>
    public IReadOnlyList<IRoutingStrategy> BuiltInStrategies => _builtIn.Value;

    public IReadOnlyList<PluginRuntime> All => _runtimes.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    public PluginRuntime? Get(string id) => _runtimes.TryGetValue(id, out var runtime) ? runtime : null;

    /// <summary>Adds (or replaces an uninstalled entry for) a plugin, unless its public path is taken.</summary>
    /// <returns>The conflict, or <see langword="null"/> once added.</returns>
    public string? TryAdd(PluginRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        lock (_gate)
        {
            if (_runtimes.TryGetValue(runtime.Id, out var existing) && existing.Installed)
            {
                return $"Plugin '{runtime.Id}' is already installed (version {existing.Registration.Version}); upgrade it instead.";
            }

            if (FindPublicPathConflict(runtime.Id, runtime.Manifest?.PublicPath) is { } conflict)
            {
                return conflict;
            }

            foreach (var lingering in existing?.Lingering ?? [])
            {
                runtime.AddLingering(lingering);
            }

            _runtimes[runtime.Id] = runtime;
            return null;
        }
    }

    /// <summary>Adds a plugin found at start-up; a public path another plugin took first makes it NotSupported.</summary>
    public void AddAtStartup(PluginRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        lock (_gate)
        {
            if (FindPublicPathConflict(runtime.Id, runtime.Manifest?.PublicPath) is { } conflict)
            {
                runtime.SetIdle(PluginState.NotSupported, conflict);
            }

            _runtimes[runtime.Id] = runtime;
        }
    }

    public void Remove(PluginRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        lock (_gate)
        {
            ((ICollection<KeyValuePair<string, PluginRuntime>>)_runtimes).Remove(new KeyValuePair<string, PluginRuntime>(runtime.Id, runtime));
        }
    }

    /// <summary>Which other installed plugin already declares <paramref name="publicPath"/>.</summary>
    public string? FindPublicPathConflict(string pluginId, string? publicPath)
    {
        if (publicPath is null)
        {
            return null;
        }

        var owner = _runtimes.Values.FirstOrDefault(r =>
            r.Installed && r.Id != pluginId && string.Equals(r.Manifest?.PublicPath, publicPath, StringComparison.OrdinalIgnoreCase));
        return owner is null ? null : $"The public path {publicPath} is already declared by plugin '{owner.Id}'.";
    }

    /// <summary>Which strategy names of <paramref name="pluginId"/> are taken by the host or another active plugin.</summary>
    public string? FindStrategyConflict(string pluginId, IEnumerable<string> names)
    {
        var conflicts = new List<string>();
        foreach (var name in names)
        {
            if (BuiltInStrategies.Any(s => s.Name == name))
            {
                conflicts.Add($"Routing strategy '{name}' is built into the kernel; give the plugin's strategy another name.");
            }
            else if (_runtimes.Values.FirstOrDefault(r => r.Id != pluginId && r.Current is { State: not PluginState.NotSupported } v && v.Instance?.Strategies.Any(s => s.Name == name) == true) is { } owner)
            {
                conflicts.Add($"Routing strategy '{name}' is already provided by plugin '{owner.Id}'; rename one of them.");
            }
        }

        return conflicts.Count == 0 ? null : string.Join(" ", conflicts);
    }

    /// <summary>The plugin whose public path contains <paramref name="path"/>, and the rest of the path (starting with <c>/</c>).</summary>
    public (PluginRuntime Runtime, string SubPath)? FindByPublicPath(string path)
    {
        foreach (var runtime in _runtimes.Values)
        {
            if (runtime.Current is null || runtime.Manifest?.PublicPath is not { } prefix)
            {
                continue;
            }

            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return (runtime, path[(prefix.Length - 1)..]);
            }

            if (string.Equals(path, prefix[..^1], StringComparison.OrdinalIgnoreCase))
            {
                return (runtime, "/");
            }
        }

        return null;
    }
}
