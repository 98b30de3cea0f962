using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Metrics;

/// <summary>Alert rules in <see cref="KernelCollections.MetricAlertRules"/>; each change audited as <c>metrics.alert-rule.*</c>.</summary>
internal sealed class MetricAlertRules(IDocumentStore store, DirectoryRepositories directory, IAuditLog audit) : IMetricAlertRules
{
    private readonly KernelRepository<MetricAlertRule> _rules = new(store, KernelCollections.MetricAlertRules);

    public async ValueTask<IReadOnlyList<MetricAlertRule>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await _rules.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Select(v => v.Value).OrderBy(r => r.Id, StringComparer.Ordinal)];

    public async ValueTask<MetricAlertRule> SaveAsync(MetricAlertRule rule, CancellationToken cancellationToken = default)
    {
        if (rule is null)
        {
            throw new InvalidRequestException("rule", "The alert rule is missing.");
        }

        var errors = new ValidationErrors();
        DirectoryIds.Check(errors, "id", rule.Id);
        errors.Require(MetricAlertRule.Metrics.Contains(rule.Metric), "metric", $"The metric must be one of {string.Join(", ", MetricAlertRule.Metrics)}.");
        var percent = rule.Metric != "oldest-wait-above";
        errors.Require(double.IsFinite(rule.Threshold) && rule.Threshold >= 0 && (!percent || rule.Threshold <= 100), "threshold",
            percent ? "The threshold must be a percentage from 0 to 100." : "The threshold must be a number of seconds, 0 or more.");
        errors.Require(double.IsFinite(rule.Hysteresis) && rule.Hysteresis >= 0, "hysteresis", "The hysteresis must be 0 or more.");
        var exists = rule.TargetKind switch
        {
            "queue" when DirectoryIds.IsValid(rule.TargetId) => await directory.Queues.GetAsync(rule.TargetId, cancellationToken).ConfigureAwait(false) is not null,
            "service-line" when DirectoryIds.IsValid(rule.TargetId) => await directory.ServiceLines.GetAsync(rule.TargetId, cancellationToken).ConfigureAwait(false) is not null,
            _ => false,
        };
        errors.Require(rule.TargetKind is "queue" or "service-line", "targetKind", "The target kind must be 'queue' or 'service-line'.");
        errors.Require(exists || rule.TargetKind is not ("queue" or "service-line"), "targetId", $"Unknown {rule.TargetKind} '{rule.TargetId}'.");
        errors.ThrowIfAny();
        var before = await _rules.GetAsync(rule.Id, cancellationToken).ConfigureAwait(false);
        var saved = (await _rules.UpsertAsync(rule.Id, rule, cancellationToken).ConfigureAwait(false)).Value;
        await AuditAsync(before is null ? "created" : "updated", rule.Id, before?.Value, saved).ConfigureAwait(false);
        return saved;
    }

    public async ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!DirectoryIds.IsValid(id) || await _rules.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } before
            || !await _rules.DeleteAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await AuditAsync("deleted", id, before.Value, null).ConfigureAwait(false);
        return true;
    }

    private async Task AuditAsync(string change, string id, MetricAlertRule? before, MetricAlertRule? after) =>
        // Stored already: not cancelled half-way by a caller that went away.
        await audit.AppendAsync(ChangeEntries.Create("metrics.alert-rule." + change, "metrics-alert-rule/" + id, before, after), CancellationToken.None).ConfigureAwait(false);
}
