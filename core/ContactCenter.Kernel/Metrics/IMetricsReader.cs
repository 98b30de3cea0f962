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
}
