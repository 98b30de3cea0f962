using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Kernel.Plugins.Exports;

/// <summary>
/// The SDK services one plugin offers the others (today only <see cref="IVoiceCalls"/>). A plugin exports a contract
/// by registering it in its container; the kernel records the instance on the version when it is built, and every
/// other plugin (and the host) gets a kernel-owned forwarder that finds the exporter's active version at each call,
/// leases it for the call and goes through <see cref="PluginInvoker"/>. Nothing outside the version's instance keeps
/// the exporter's objects, so a disabled or uninstalled exporter unloads; while none is active the forwarder answers
/// "unavailable". A contract has at most one exporter: a second plugin exporting it is refused at load.
/// </summary>
internal sealed class PluginExports
{
    private readonly PluginCatalog _catalog;

    public PluginExports(PluginCatalog catalog, PluginInvoker invoker)
    {
        _catalog = catalog;
        Invoker = invoker;
        VoiceCalls = new KernelVoiceCalls(this);
    }

    /// <summary>The contracts a plugin may export.</summary>
    public static IReadOnlyList<Type> Contracts { get; } = [typeof(IVoiceCalls)];

    public PluginInvoker Invoker { get; }

    /// <summary>The host's (unguarded) forwarder of <see cref="IVoiceCalls"/>.</summary>
    public KernelVoiceCalls VoiceCalls { get; }

    /// <summary>The forwarders one plugin version sees, each checking that plugin's approved permissions.</summary>
    public IReadOnlyDictionary<Type, object> ForPlugin(PluginPermissionGuard guard) =>
        new Dictionary<Type, object> { [typeof(IVoiceCalls)] = new PluginVoiceCalls(VoiceCalls, guard) };

    /// <summary>The active version exporting <typeparamref name="T"/>, leased, or null when none is active.</summary>
    public ExportLease<T>? Acquire<T>()
        where T : class
    {
        foreach (var runtime in _catalog.All)
        {
            var version = runtime.Current;
            if (version is not { State: PluginState.Active } || version.Instance?.Exports.GetValueOrDefault(typeof(T)) is not T service)
            {
                continue;
            }

            if (version.TryAcquire(out var lease))
            {
                return new ExportLease<T>(version, service, lease);
            }
        }

        return null;
    }

    /// <summary>Which of <paramref name="contracts"/> another installed plugin already exports.</summary>
    public string? FindConflict(string pluginId, IEnumerable<Type> contracts)
    {
        var conflicts = new List<string>();
        foreach (var contract in contracts)
        {
            if (_catalog.All.FirstOrDefault(r => r.Id != pluginId && r.Current is { State: not PluginState.NotSupported } v && v.Instance?.Exports.ContainsKey(contract) == true) is { } owner)
            {
                conflicts.Add($"{contract.Name} is already exported by plugin '{owner.Id}'; only one plugin may export it.");
            }
        }

        return conflicts.Count == 0 ? null : string.Join(" ", conflicts);
    }
}
