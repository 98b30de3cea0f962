using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins;

/// <summary>An installed plugin as the API and the portal show it.</summary>
public sealed record PluginInfo
{
    /// <summary>The plugin id.</summary>
    public required string Id { get; init; }

    /// <summary>The display name from the manifest.</summary>
    public required string Name { get; init; }

    /// <summary>The description from the manifest.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the plugin is enabled.</summary>
    public required bool Enabled { get; init; }

    /// <summary>The version that receives new work (or would, once enabled).</summary>
    public required string Version { get; init; }

    /// <summary>The state of that version.</summary>
    public required PluginState State { get; init; }

    /// <summary>Why, for Faulted, NotSupported and UnloadFailed.</summary>
    public string? StateReason { get; init; }

    /// <summary>The kinds the manifest declares.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>The public path the manifest declares, if any.</summary>
    public string? PublicPath { get; init; }

    /// <summary>The SDK range the manifest declares.</summary>
    public required string SdkRange { get; init; }

    /// <summary>Permissions the manifest requests.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    /// <summary>Permissions an administrator (or the system, for a bundled plugin) approved for this plugin.</summary>
    public IReadOnlyList<string> ApprovedPermissions { get; init; } = [];

    /// <summary>Requested but not approved: calls needing them are refused until an administrator approves them.</summary>
    public IReadOnlyList<string> PendingPermissions { get; init; } = [];

    /// <summary>Every loaded or lingering version: the active one, and older ones still draining or failing to unload.</summary>
    public IReadOnlyList<PluginVersionInfo> Versions { get; init; } = [];
}
