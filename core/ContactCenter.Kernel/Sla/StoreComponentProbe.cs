using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Sla;

/// <summary>The <c>store</c> component: whatever the provider, its own cheap probe.</summary>
internal sealed class StoreComponentProbe(IDocumentStore store) : IComponentProbe
{
    public string Component => "store";

    public async ValueTask<ProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        var probe = await store.ProbeAsync(cancellationToken).ConfigureAwait(false);
        return new ProbeResult(probe.Healthy, $"{store.ProviderName}: {probe.Description}");
    }
}
