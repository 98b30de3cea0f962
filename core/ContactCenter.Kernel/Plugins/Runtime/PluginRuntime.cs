using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Plugins.Registry;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// One installed plugin at run time: its registration, the manifest of its active version, the version receiving new
/// work (if loaded), why it is not loaded (if not), and older versions still draining or failing to unload.
/// Changed only by operations holding the plugin's gate (<see cref="PluginOperationGates"/>).
/// </summary>
internal sealed class PluginRuntime(PluginRegistration registration, PluginManifest? manifest)
{
    private readonly Lock _gate = new();
    private volatile PluginVersion? _current;
    private List<PluginVersion> _lingering = [];

    public string Id => Registration.Id;

    public PluginRegistration Registration { get; set; } = registration;

    /// <summary>The manifest of the registered version; <see langword="null"/> when its files are missing or invalid.</summary>
    public PluginManifest? Manifest { get; set; } = manifest;

    /// <summary>Whether the plugin is still installed (an uninstalled one stays listed while a version fails to unload).</summary>
    public bool Installed { get; set; } = true;

    /// <summary>The version receiving new work; switching it is the atomic step of an upgrade.</summary>
    public PluginVersion? Current
    {
        get => _current;
        set => _current = value;
    }

    /// <summary>The state when no version is loaded: Disabled, NotSupported or Faulted.</summary>
    public PluginState IdleState { get; set; } = PluginState.Disabled;

    public string? IdleReason { get; set; }

    /// <summary>
    /// The active version's state; with none, why none is loaded (Faulted, NotSupported), and for a plugin merely
    /// disabled or uninstalled, a version that failed to unload (never hidden).
    /// </summary>
    public PluginState State => Current?.State ?? (ShowsLeak ? PluginState.UnloadFailed : IdleState);

    public string? StateReason => Current is { } current ? current.Reason : ShowsLeak ? LeakedVersion!.Reason : IdleReason;

    private bool ShowsLeak => IdleState == PluginState.Disabled && LeakedVersion is not null;

    private PluginVersion? LeakedVersion => Lingering.FirstOrDefault(v => v.State == PluginState.UnloadFailed);

    public IReadOnlyList<PluginVersion> Lingering
    {
        get
        {
            lock (_gate)
            {
                return _lingering;
            }
        }
    }

    public void AddLingering(PluginVersion version)
    {
        lock (_gate)
        {
            _lingering = [.. _lingering, version];
        }
    }

    public void RemoveLingering(PluginVersion version)
    {
        lock (_gate)
        {
            _lingering = _lingering.Where(v => v != version).ToList();
        }
    }

    public void SetIdle(PluginState state, string? reason)
    {
        IdleState = state;
        IdleReason = reason;
    }

    public PluginInfo ToInfo()
    {
        var current = Current;
        var lingering = Lingering;
        var state = State;
        var reason = StateReason;
        return new PluginInfo
        {
            Id = Id,
            Name = Manifest?.Name ?? Id,
            Description = Manifest?.Description,
            Enabled = Installed && Registration.Enabled,
            Version = Registration.Version,
            State = state,
            StateReason = reason,
            Kinds = Manifest?.Kinds ?? [],
            PublicPath = Manifest?.PublicPath,
            SdkRange = Manifest?.Sdk.ToNormalizedString() ?? string.Empty,
            Permissions = Manifest?.Permissions ?? [],
            Versions = (current is null ? lingering : [current, .. lingering]).Select(v => v.ToInfo()).ToList(),
        };
    }
}
