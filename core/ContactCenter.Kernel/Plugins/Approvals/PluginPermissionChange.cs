namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>One stored approval change.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Action"><c>approved</c>, <c>revoked</c> or <c>auto-approved</c> (bundled plugin, by the system).</param>
/// <param name="Permissions">The permissions named in the request.</param>
/// <param name="Before">The approval before, if there was one.</param>
/// <param name="After">The approval after.</param>
internal sealed record PluginPermissionChange(string PluginId, string Action, IReadOnlyList<string> Permissions, PluginApproval? Before, PluginApproval After);
