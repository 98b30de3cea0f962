namespace ContactCenter.Kernel.Sla;

/// <summary>
/// Checks one kernel component (the store, the cluster) on demand. <c>/readyz</c> and the SLA heartbeat run every
/// registered probe with a short time budget; an overrun counts as unhealthy.
/// </summary>
public interface IComponentProbe
{
    /// <summary>The component's name: <c>store</c>, <c>cluster</c>...</summary>
    string Component { get; }

    /// <summary>Checks the component.</summary>
    /// <param name="cancellationToken">Cancelled when the time budget is spent.</param>
    /// <returns>Whether it is usable, with a description.</returns>
    ValueTask<ProbeResult> ProbeAsync(CancellationToken cancellationToken);
}
