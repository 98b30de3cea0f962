namespace ContactCenter.Cli.Plugins;

/// <summary>A plugin's permissions as the CLI shows them (the JSON shape of <c>/api/v1/plugins/{id}/permissions</c>).</summary>
/// <param name="PluginId">The plugin id.</param>
/// <param name="Version">The active version.</param>
/// <param name="Requested">What its manifest requests.</param>
/// <param name="Approved">What is approved.</param>
/// <param name="Pending">Requested, not approved.</param>
/// <param name="Revoked">Revoked by an administrator.</param>
/// <param name="ChangedBy">Who changed the approval last.</param>
public sealed record PluginPermissionsSummary(
    string PluginId, string Version, IReadOnlyList<string> Requested, IReadOnlyList<string> Approved, IReadOnlyList<string> Pending, IReadOnlyList<string> Revoked, string? ChangedBy);
