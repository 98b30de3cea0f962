using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// Raises and clears alerts with hysteresis from the queue and service-line metrics. A metric without a value (no
/// contacts in the window) neither raises nor clears. Not thread-safe: the feed's loop is its only caller.
/// </summary>
internal sealed class AlertEvaluator
{
    private readonly Dictionary<string, MetricAlertChanged> _raised = new(StringComparer.Ordinal);

    public IReadOnlyList<MetricAlertChanged> Raised => [.. _raised.Values.OrderBy(a => a.RuleId, StringComparer.Ordinal)];

    public List<MetricAlertChanged> Evaluate(IReadOnlyList<MetricAlertRule> rules, IReadOnlyList<ScopeMetrics> queues, IReadOnlyList<ScopeMetrics> lines, DateTimeOffset now)
    {
        var changes = new List<MetricAlertChanged>();
        foreach (var gone in _raised.Keys.Where(id => rules.All(r => r.Id != id)).ToList())
        {
            _raised.Remove(gone);
        }

        foreach (var rule in rules)
        {
            var metrics = (rule.TargetKind == "queue" ? queues : lines).FirstOrDefault(m => m.Key == rule.TargetId);
            var value = rule.Metric switch
            {
                "service-level-below" => metrics?.ServiceLevel,
                "oldest-wait-above" => metrics?.OldestWaitSeconds ?? 0,
                _ => metrics?.AbandonRate,
            };
            if (value is not { } v)
            {
                continue;
            }

            var below = rule.Metric == "service-level-below";
            var breached = below ? v < rule.Threshold : v > rule.Threshold;
            var recovered = below ? v >= rule.Threshold + rule.Hysteresis : v <= rule.Threshold - rule.Hysteresis;
            var raised = _raised.ContainsKey(rule.Id);
            if (!raised && breached || raised && recovered)
            {
                var change = new MetricAlertChanged
                {
                    RuleId = rule.Id, TargetKind = rule.TargetKind, TargetId = rule.TargetId, Metric = rule.Metric, Threshold = rule.Threshold,
                    Value = v, Raised = !raised, At = now,
                };
                if (raised)
                {
                    _raised.Remove(rule.Id);
                }
                else
                {
                    _raised[rule.Id] = change;
                }

                changes.Add(change);
            }
        }

        return changes;
    }
}
