namespace ContactCenter.Kernel.Metrics;

/// <summary>Options of the real-time metrics engine (<c>CC:Metrics</c>); see docs/metrics.md for the definitions.</summary>
public sealed class MetricsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Metrics";

    /// <summary>The rolling interval of service level, ASA, AHT, abandon rate and transfers (default 30 minutes).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How far back a rebuild replays the event log: the window, and at least a day (handled today needs it).</summary>
    internal TimeSpan ReplayHorizon => Window > TimeSpan.FromDays(1) ? Window : TimeSpan.FromDays(1);

    /// <summary>The service-level threshold for queues without their own target (default 20 s).</summary>
    public TimeSpan DefaultServiceLevelThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often snapshots are published on the supervisor hub (default 2 s; at most 2 s).</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A snapshot is stale when an event has waited longer than this to be applied (default 5 s).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The time zone whose midnight starts "today" for interactions handled per agent (IANA id, default UTC).</summary>
    public string TimeZone { get; set; } = "UTC";
}
