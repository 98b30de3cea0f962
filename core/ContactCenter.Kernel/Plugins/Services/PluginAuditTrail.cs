using ContactCenter.Kernel.Audit;
using ContactCenter.Sdk.Audit;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>
/// The <see cref="IAuditTrail"/> one plugin sees: the actor is the ambient request's (<see cref="AuditActor"/>, set by the
/// host per request and flowing into the plugin's HTTP handler), else <c>plugin:{pluginId}</c>; the target is scoped
/// under <c>plugin/{pluginId}/</c>; the before and after states of a change are kept only as SHA-256 digests. A host without an audit log (slim hosts, the plugin test kit) drops the entries.
/// </summary>
internal sealed class PluginAuditTrail(string pluginId, Lazy<IAuditLog?> log) : IAuditTrail
{
    private const int MaxDetail = 300;

    public async ValueTask RecordAsync(AuditTrailEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Check(entry.Action, 64, allowSlash: false, nameof(entry.Action));
        Check(entry.Target, 256, allowSlash: true, nameof(entry.Target));
        if (log.Value is not { } audit)
        {
            return;
        }

        var detail = entry.Detail is { Length: > MaxDetail } long_ ? long_[..MaxDetail] + "…" : entry.Detail;
        await audit.AppendAsync(new AuditEntry(AuditActor.Current ?? $"plugin:{pluginId}", entry.Action, $"plugin/{pluginId}/{entry.Target}")
        {
            Outcome = entry.Outcome switch
            {
                AuditTrailOutcome.Failure => AuditOutcomes.Failure,
                AuditTrailOutcome.Denied => AuditOutcomes.Denied,
                _ => AuditOutcomes.Success,
            },
            Detail = detail,
            SourceIp = entry.SourceIp,
            BeforeDigest = AuditHashing.Digest(entry.Before),
            AfterDigest = AuditHashing.Digest(entry.After),
            CorrelationId = AuditActor.CorrelationId,
        }, cancellationToken).ConfigureAwait(false);
    }

    // Actions are dotted lower case; targets are path-like ids. Anything else (spaces, control characters, "..") would
    // make entries ambiguous or let a plugin climb out of its own prefix.
    private static void Check(string value, int max, bool allowSlash, string name)
    {
        if (string.IsNullOrEmpty(value) || value.Length > max || value.Contains("..", StringComparison.Ordinal)
            || !value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_' or ':' || (allowSlash && (c == '/' || char.IsAsciiLetterUpper(c)))))
        {
            throw new ArgumentException($"The audit {name.ToLowerInvariant()} '{value}' must be 1-{max} characters of a-z, 0-9, '.', '-', '_', ':'{(allowSlash ? ", '/' or A-Z" : string.Empty)}.", name);
        }
    }
}
