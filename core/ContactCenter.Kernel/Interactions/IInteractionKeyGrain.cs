using ContactCenter.Kernel.Cluster;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// The single writer of one external key (channel plugin, channel name, external id): a redelivered creation finds the
/// interaction the first delivery created, even when both arrive at once.
/// </summary>
internal interface IInteractionKeyGrain : IGrainWithStringKey
{
    Task<Outcome<Interaction>> CreateOrGetAsync(CreateInteraction command);
}
