using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>The engine's answer: offer <see cref="InteractionId"/> (at <see cref="Version"/>) to <see cref="AgentId"/>.</summary>
internal sealed record Assignment(string InteractionId, long Version, ChannelKind Channel, string AgentId, TimeSpan OfferTimeout, RoutingDecisionMade Decision);
