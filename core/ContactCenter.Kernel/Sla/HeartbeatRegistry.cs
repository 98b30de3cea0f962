using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Sla;

/// <summary>
/// The last liveness report of every component and plugin. A component is alive while its last report was healthy
/// and no older than <see cref="SlaOptions.ReportTimeout"/>.
/// </summary>
internal sealed class HeartbeatRegistry(TimeProvider time, IOptions<SlaOptions> options) : IHeartbeatSink
{
    /// <summary>The prefix of plugin components, whose liveness is reported but not counted in platform availability.</summary>
    public const string PluginPrefix = "plugin:";

    private readonly ConcurrentDictionary<string, LastReport> _reports = new(StringComparer.Ordinal);

    public void Report(string component, bool healthy, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(component);
        _reports[component] = new LastReport(healthy, description, time.GetUtcNow());
    }

    public void Forget(string component) => _reports.TryRemove(component, out _);

    /// <summary>The liveness of every known component at <paramref name="now"/>, by name.</summary>
    public IReadOnlyList<ComponentLiveness> Snapshot(DateTimeOffset now)
    {
        var timeout = options.Value.ReportTimeout;
        return _reports
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r =>
            {
                var late = now - r.Value.At > timeout;
                var description = late
                    ? $"No report for {(now - r.Value.At).TotalSeconds:0} s (last: {r.Value.Description ?? (r.Value.Healthy ? "healthy" : "unhealthy")})."
                    : r.Value.Description;
                return new ComponentLiveness(r.Key, r.Value.Healthy && !late, r.Value.At, description);
            })
            .ToList();
    }

    /// <summary>Whether <paramref name="component"/> is a kernel component (counted in platform availability).</summary>
    public static bool IsKernelComponent(string component) => !component.StartsWith(PluginPrefix, StringComparison.Ordinal);

    private sealed record LastReport(bool Healthy, string? Description, DateTimeOffset At);
}
