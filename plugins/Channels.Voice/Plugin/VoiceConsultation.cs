using ContactCenter.Plugins.Channels.Voice.Media.Bridging;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// A consultation call (RFC 5589 §7): an agent's phone, usually with its customer on hold, calls another agent's SIP
/// user through the platform; <see cref="Call"/> is that phone's leg (we are its UAS), <see cref="Leg"/> the one we
/// dialled to the consulted agent's phone, <see cref="Bridge"/> joins them once answered. An attended transfer's
/// REFER names <see cref="Call"/>'s dialog in its Replaces and takes <see cref="Leg"/> over for the customer. The
/// consulted agent is the one dialled (<c>sip:agent2@host</c>) or, for a line's user (<c>sip:salud@host</c>), the one
/// the kernel's routing chose for that line's queue.
/// </summary>
internal sealed class VoiceConsultation(SipCall call, SipOutboundCall leg, string callerAgentId, string targetAgentId)
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SipCall Call { get; } = call;

    public SipOutboundCall Leg { get; } = leg;

    /// <summary>The agent whose phone placed the consultation: only that agent may transfer into it.</summary>
    public string CallerAgentId { get; } = callerAgentId;

    public string TargetAgentId { get; } = targetAgentId;

    public CallBridge? Bridge { get; set; }

    /// <summary>
    /// A consultation to a line's queue: the consultation interaction the kernel routed to <see cref="TargetAgentId"/>
    /// (it keeps that agent busy while they talk); ended when the consultation ends. Null between two agents.
    /// </summary>
    public string? InteractionId { get; init; }

    /// <summary>Completes once the consultation's bridge stopped and released its media.</summary>
    public Task Finished => _finished.Task;

    public void MarkFinished() => _finished.TrySetResult();
}
