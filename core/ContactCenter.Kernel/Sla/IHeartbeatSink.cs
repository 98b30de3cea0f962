namespace ContactCenter.Kernel.Sla;

/// <summary>
/// Where components and plugins report liveness. A component that stops reporting for longer than its declared
/// interval counts as not alive; the SLA heartbeat turns this into the availability ledger and alerts.
/// </summary>
public interface IHeartbeatSink
{
    /// <summary>Reports the liveness of a component.</summary>
    /// <param name="component">The component: <c>store</c>, <c>cluster</c>, <c>host</c>, or <c>plugin:{id}</c>.</param>
    /// <param name="healthy">Whether it can do its work.</param>
    /// <param name="description">What it said, for operators; never secrets or personal data.</param>
    void Report(string component, bool healthy, string? description = null);

    /// <summary>Forgets a component that was removed on purpose (a plugin disabled or uninstalled).</summary>
    /// <param name="component">The component.</param>
    void Forget(string component);
}
