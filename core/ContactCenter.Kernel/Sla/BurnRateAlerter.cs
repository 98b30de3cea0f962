using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Sla;

/// <summary>
/// Evaluates the burn-rate rules and remembers which alerts are firing, so each is raised and resolved once. Only the
/// heartbeat's tick (one at a time) evaluates; reports read the published snapshot.
/// </summary>
internal sealed class BurnRateAlerter
{
    private readonly Dictionary<string, SlaBurnRateAlert> _active = new(StringComparer.Ordinal);
    private volatile SlaBurnRateAlert[] _snapshot = [];

    /// <summary>The alerts firing now (a snapshot: reports read it while a tick evaluates).</summary>
    public IReadOnlyList<SlaBurnRateAlert> Active => _snapshot;

    /// <summary>Evaluates every rule; returns the alerts that started and the ones that stopped firing.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="target">The availability target.</param>
    /// <param name="burnRate">The burn rate over a window ending now.</param>
    public (IReadOnlyList<(BurnRateRule Rule, SlaBurnRateAlert Alert)> Raised, IReadOnlyList<(BurnRateRule Rule, SlaBurnRateAlert Alert)> Resolved) Evaluate(
        IReadOnlyList<BurnRateRule> rules, double target, Func<TimeSpan, double> burnRate)
    {
        var raised = new List<(BurnRateRule, SlaBurnRateAlert)>();
        var resolved = new List<(BurnRateRule, SlaBurnRateAlert)>();
        foreach (var rule in rules)
        {
            var alert = new SlaBurnRateAlert(rule.Severity, rule.LongWindow, rule.ShortWindow, rule.Threshold, burnRate(rule.LongWindow), burnRate(rule.ShortWindow), target);
            var firing = alert.LongBurnRate >= rule.Threshold && alert.ShortBurnRate >= rule.Threshold;
            var wasFiring = _active.ContainsKey(rule.Key);
            if (firing)
            {
                _active[rule.Key] = alert;
                if (!wasFiring)
                {
                    raised.Add((rule, alert));
                }
            }
            else if (wasFiring)
            {
                _active.Remove(rule.Key);
                resolved.Add((rule, alert));
            }
        }

        _snapshot = [.. _active.Values];
        return (raised, resolved);
    }
}
