namespace ContactCenter.Sdk.Security;

/// <summary>
/// Writes a plugin's changes to its own settings (accounts, credentials, connections) to the platform's append-only,
/// hash-chained audit log, with the acting user of the current request. The platform scopes every entry to the calling
/// plugin (target <c>plugin/{pluginId}/{target}</c>, action <c>plugin.settings.{action}</c>) and keeps only SHA-256
/// digests of the before and after states, never the states themselves. When this returns the entry is durable.
/// </summary>
public interface IPluginAuditTrail
{
    /// <summary>Records one change.</summary>
    /// <param name="change">What changed; give the states in their stored form, with secrets encrypted or left out.</param>
    /// <param name="cancellationToken">Cancels before the entry is written.</param>
    /// <returns>A task that completes once the entry is durable.</returns>
    /// <exception cref="Errors.InvalidRequestException">The action or target is empty, too long, or has characters other than
    /// lower-case letters, digits, <c>.</c>, <c>-</c>, <c>_</c> (and <c>/</c> in the target).</exception>
    ValueTask RecordChangeAsync(PluginSettingChange change, CancellationToken cancellationToken = default);
}
