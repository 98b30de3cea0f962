namespace ContactCenter.Kernel.Metrics;

/// <summary>One computation of the real-time metrics.</summary>
public sealed record MetricsSnapshot
{
    /// <summary>When it was computed (kernel time).</summary>
    public required DateTimeOffset ComputedAt { get; init; }

    /// <summary>Whether inputs are behind: the engine has not finished rebuilding, or an event waited longer than <c>StaleAfter</c>.</summary>
    public required bool Stale { get; init; }

    /// <summary>Why it is stale, in English, for operators; null when fresh.</summary>
    public string? StaleReason { get; init; }

    /// <summary>The rolling window, in seconds.</summary>
    public required double WindowSeconds { get; init; }

    /// <summary>The metrics, one entry per scope key.</summary>
    public required IReadOnlyList<ScopeMetrics> Entries { get; init; }

    /// <summary>The alerts raised now.</summary>
    public IReadOnlyList<Sdk.Events.MetricAlertChanged> Alerts { get; init; } = [];
}
