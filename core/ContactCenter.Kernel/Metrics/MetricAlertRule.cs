namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// An alert threshold on one queue's or service line's real-time metric. Raised when the metric crosses
/// <see cref="Threshold"/>; cleared only once it is back past the threshold by <see cref="Hysteresis"/>, so a metric
/// hovering at the line does not flap.
/// </summary>
public sealed record MetricAlertRule
{
    /// <summary>The rule id (lower-case letters, digits, '.', '_' or '-').</summary>
    public required string Id { get; init; }

    /// <summary><c>queue</c> or <c>service-line</c>.</summary>
    public required string TargetKind { get; init; }

    /// <summary>The queue or service line id.</summary>
    public required string TargetId { get; init; }

    /// <summary><c>service-level-below</c> (percent), <c>oldest-wait-above</c> (seconds) or <c>abandon-rate-above</c> (percent).</summary>
    public required string Metric { get; init; }

    /// <summary>The threshold.</summary>
    public required double Threshold { get; init; }

    /// <summary>How far back past the threshold the metric must come to clear (same unit; default 0 = at the threshold).</summary>
    public double Hysteresis { get; init; }

    /// <summary>The metric names.</summary>
    public static IReadOnlyList<string> Metrics { get; } = ["service-level-below", "oldest-wait-above", "abandon-rate-above"];
}
