namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>
/// A plugin's approval document in <c>k.plugin-permissions</c> (id = plugin id): what administrators approved, and what
/// they explicitly revoked (never approved again automatically, not even for a bundled plugin).
/// </summary>
/// <param name="PluginId">The plugin id.</param>
/// <param name="Approved">The approved permissions, ordinal order.</param>
/// <param name="Revoked">Permissions an administrator revoked and has not approved since, ordinal order.</param>
/// <param name="ChangedAt">When it last changed.</param>
/// <param name="ChangedBy">Who changed it last (a user id, <c>system</c> for the bundled auto-approval).</param>
internal sealed record PluginApproval(string PluginId, IReadOnlyList<string> Approved, IReadOnlyList<string> Revoked, DateTimeOffset ChangedAt, string ChangedBy)
{
    public bool Allows(string permission) => Approved.Contains(permission, StringComparer.Ordinal);
}
