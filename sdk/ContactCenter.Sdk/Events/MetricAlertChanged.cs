namespace ContactCenter.Sdk.Events;

/// <summary>A real-time metric alert was raised or cleared (<see cref="EventTypes.MetricAlertRaised"/>, <see cref="EventTypes.MetricAlertCleared"/>).</summary>
public sealed record MetricAlertChanged
{
    /// <summary>The alert rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>What the rule watches: <c>queue</c> or <c>service-line</c>.</summary>
    public required string TargetKind { get; init; }

    /// <summary>The queue or service line id.</summary>
    public required string TargetId { get; init; }

    /// <summary>The metric: <c>service-level-below</c>, <c>oldest-wait-above</c> or <c>abandon-rate-above</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>The threshold (percent for service level and abandon rate, seconds for the oldest wait).</summary>
    public required double Threshold { get; init; }

    /// <summary>The metric's value when the alert changed.</summary>
    public required double Value { get; init; }

    /// <summary>Whether the alert is now raised.</summary>
    public required bool Raised { get; init; }

    /// <summary>When it changed (kernel time).</summary>
    public required DateTimeOffset At { get; init; }
}
