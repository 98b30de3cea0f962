namespace ContactCenter.Kernel.Metrics;

/// <summary>What a set of metrics is computed over.</summary>
public enum MetricScope
{
    /// <summary>The whole center.</summary>
    Center,

    /// <summary>Per queue.</summary>
    Queue,

    /// <summary>Per team (agents' teams; waiting work through the team's service line).</summary>
    Team,

    /// <summary>Per channel kind.</summary>
    Channel,

    /// <summary>Per service line.</summary>
    ServiceLine,
}
