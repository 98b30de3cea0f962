using ContactCenter.Plugins.Channels.Voice.Sip.Calls;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Outbound;

/// <summary>A call placed through a trunk (<see cref="VoiceOriginator"/>): its interaction, its leg, who calls whom and over which line.</summary>
internal sealed record VoiceOriginatedCall(string InteractionId, SipOutboundCall Leg, string Line, string TrunkId, string CallerId, string Number);
