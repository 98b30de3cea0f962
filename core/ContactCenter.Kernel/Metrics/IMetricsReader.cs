namespace ContactCenter.Kernel.Metrics;

/// <summary>Reads the real-time metrics (computed on demand from the engine's state).</summary>
public interface IMetricsReader
{
    /// <summary>The options in force (window, publication interval).</summary>
    MetricsOptions Options { get; }

    /// <summary>Computes a snapshot of one scope kind (every kind when null), with the alerts raised now and the staleness flag.</summary>
    /// <param name="scope">The scope kind, or null for all.</param>
    /// <returns>The snapshot.</returns>
    MetricsSnapshot Snapshot(MetricScope? scope);

    /// <summary>One agent's figures of today (handled, AHT, transfers, occupancy) and status history, from the engine's events.</summary>
    /// <param name="agentId">The agent.</param>
    /// <returns>The figures; zeros and an empty history for an agent the engine has not seen.</returns>
    AgentDayMetrics AgentToday(string agentId);

    /// <summary>The contacts waiting in one queue now, the longest-waiting first.</summary>
    /// <param name="queueId">The queue.</param>
    /// <returns>The waiting contacts; empty for an unknown queue.</returns>
    IReadOnlyList<WaitingContact> WaitingIn(string queueId);
}
