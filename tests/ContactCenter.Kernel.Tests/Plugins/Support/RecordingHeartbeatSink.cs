using System.Collections.Concurrent;
using ContactCenter.Kernel.Sla;

namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>A heartbeat sink that records every call.</summary>
internal sealed class RecordingHeartbeatSink : IHeartbeatSink
{
    public ConcurrentQueue<(string Component, bool? Healthy, string? Description)> Calls { get; } = new();

    public void Report(string component, bool healthy, string? description = null) => Calls.Enqueue((component, healthy, description));

    public void Forget(string component) => Calls.Enqueue((component, null, "forget"));
}
