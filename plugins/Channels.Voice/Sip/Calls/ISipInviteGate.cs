using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// Decides, before any answer, whether a new inbound INVITE is let in (e.g. only from a configured carrier address or
/// a registered phone) and which line it enters (e.g. a DID mapped to a service line).
/// </summary>
internal interface ISipInviteGate
{
    /// <param name="invite">The new INVITE (no To tag).</param>
    /// <param name="source">Where it came from.</param>
    /// <param name="fromRegisteredPhone">Whether the source is the address of a phone registered with us.</param>
    SipInviteAdmission Admit(SipRequest invite, SipSource source, bool fromRegisteredPhone);
}

/// <summary>
/// The gate's decision: let in (optionally naming the trunk it came through and the line it enters) or refuse with
/// <see cref="Status"/> and <see cref="Reason"/>; <see cref="CountsAsFailure"/> feeds the source's brute-force count.
/// </summary>
internal sealed record SipInviteAdmission
{
    public static SipInviteAdmission Admitted { get; } = new();

    public int? Status { get; init; }

    public string? Reason { get; init; }

    public bool CountsAsFailure { get; init; }

    public string? TrunkId { get; init; }

    public string? Line { get; init; }

    public static SipInviteAdmission Refuse(int status, string reason, bool countsAsFailure = false) =>
        new() { Status = status, Reason = reason, CountsAsFailure = countsAsFailure };
}
