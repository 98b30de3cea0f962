namespace ContactCenter.Sdk.Security;

/// <summary>One change a plugin made to its own settings, for <see cref="IPluginAuditTrail"/>.</summary>
public sealed record PluginSettingChange
{
    /// <summary>What happened, e.g. <c>account.created</c>, <c>account.changed</c>, <c>account.removed</c> (at most 64 characters).</summary>
    public required string Action { get; init; }

    /// <summary>On what, within the plugin, e.g. <c>account/autos</c> (at most 200 characters).</summary>
    public required string Target { get; init; }

    /// <summary>
    /// The state before in its stored form (secrets encrypted or left out), or <see langword="null"/> when it did not exist.
    /// Only its SHA-256 digest is kept.
    /// </summary>
    public string? Before { get; init; }

    /// <summary>The state after in its stored form, or <see langword="null"/> when it was removed. Only its SHA-256 digest is kept.</summary>
    public string? After { get; init; }
}
