namespace ContactCenter.Kernel.Metrics;

/// <summary>The alert thresholds of the real-time metrics, validated and audited.</summary>
public interface IMetricAlertRules
{
    /// <summary>Every rule, by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rules.</returns>
    ValueTask<IReadOnlyList<MetricAlertRule>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a rule; every problem listed and nothing saved on any.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rule as saved.</returns>
    ValueTask<MetricAlertRule> SaveAsync(MetricAlertRule rule, CancellationToken cancellationToken = default);

    /// <summary>Deletes a rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether a rule was deleted.</returns>
    ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
