using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Security;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// The <see cref="IPluginAuditTrail"/> one plugin sees: entries are scoped to the plugin (target
/// <c>plugin/{pluginId}/…</c>, action <c>plugin.settings.…</c>), so a plugin cannot write entries that look like the
/// kernel's or another plugin's; the actor is the current request's (else the plugin); only digests of the states are kept.
/// </summary>
internal sealed class PluginAuditTrail(string pluginId, Lazy<IAuditLog?> log) : IPluginAuditTrail
{
    private const int MaxActionLength = 64;
    private const int MaxTargetLength = 200;

    public async ValueTask RecordChangeAsync(PluginSettingChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var errors = new Dictionary<string, string[]>();
        if (!IsName(change.Action, MaxActionLength, slash: false))
        {
            errors["action"] = [$"1 to {MaxActionLength} lower-case letters, digits, '.', '-' or '_'."];
        }

        if (!IsName(change.Target, MaxTargetLength, slash: true))
        {
            errors["target"] = [$"1 to {MaxTargetLength} lower-case letters, digits, '.', '-', '_' or '/'."];
        }

        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }

        var audit = log.Value ?? throw new InvalidOperationException("The audit log is not available in this host.");
        await audit.AppendAsync(new AuditEntry(AuditActor.Current ?? $"plugin/{pluginId}", $"plugin.settings.{change.Action}", $"plugin/{pluginId}/{change.Target}")
        {
            BeforeDigest = AuditHashing.Digest(change.Before),
            AfterDigest = AuditHashing.Digest(change.After),
            CorrelationId = AuditActor.CorrelationId,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsName(string? value, int maxLength, bool slash) =>
        !string.IsNullOrEmpty(value) && value.Length <= maxLength
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_' || (slash && c == '/'));
}
