namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>What a plugin's active version requests and what administrators approved, as the API and <c>cc</c> show it.</summary>
public sealed record PluginPermissionsView
{
    /// <summary>The plugin id.</summary>
    public required string PluginId { get; init; }

    /// <summary>The active version, whose manifest's requests are shown.</summary>
    public required string Version { get; init; }

    /// <summary>The permissions the active version's <c>plugin.json</c> requests.</summary>
    public required IReadOnlyList<string> Requested { get; init; }

    /// <summary>The permissions an administrator (or the system, for a bundled plugin) approved.</summary>
    public required IReadOnlyList<string> Approved { get; init; }

    /// <summary>Requested but not approved: calls needing these are refused until an administrator approves them.</summary>
    public required IReadOnlyList<string> Pending { get; init; }

    /// <summary>What the plugin may use now: requested and approved.</summary>
    public required IReadOnlyList<string> Effective { get; init; }

    /// <summary>Permissions an administrator revoked (never approved again automatically).</summary>
    public required IReadOnlyList<string> Revoked { get; init; }

    /// <summary>When the approval last changed, if it ever did.</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>Who changed it last, if anyone did.</summary>
    public string? ChangedBy { get; init; }
}
