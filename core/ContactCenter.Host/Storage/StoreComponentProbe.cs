using ContactCenter.Kernel.Sla;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Host.Storage;

/// <summary>Presents the configured store's own probe as the <c>store</c> component of <c>/readyz</c>.</summary>
internal sealed class StoreComponentProbe(IDocumentStore store) : IComponentProbe
{
    public string Component => "store";

    public async ValueTask<ProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        var probe = await store.ProbeAsync(cancellationToken).ConfigureAwait(false);
        return new ProbeResult(probe.Healthy, $"{store.ProviderName}: {probe.Description}");
    }
}
