using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// Who may call in and which line a call enters. With no trunk configured every source is let in as before (demo,
/// tests, a private network). With trunks: an INVITE from a carrier address enters through that trunk, its DID mapped
/// to a line (the trunk's <c>dids</c>, then the global ones, then <c>lines</c>/<c>defaultQueueId</c> by the dialled
/// user; else <c>404 Unknown DID</c>); an INVITE from a registered phone enters as dialled; anything else is refused
/// <c>403</c> and counted towards the source's ban (SIP scanners dial from everywhere).
/// </summary>
internal sealed class VoiceInviteGate(VoiceOptions options) : ISipInviteGate
{
    public const string NotACarrier = "Not from a configured trunk or registered phone";

    public SipInviteAdmission Admit(SipRequest invite, SipSource source, bool fromRegisteredPhone)
    {
        var trunking = options.Trunking;
        var dialled = invite.RequestUri.UserUnescaped;
        var trunk = trunking.TrunkOf(source.Remote);
        if (trunk is null)
        {
            if (trunking.Trunks.Count > 0 && !fromRegisteredPhone)
            {
                return SipInviteAdmission.Refuse(SipStatusCodes.Forbidden, NotACarrier, countsAsFailure: true);
            }

            return new SipInviteAdmission { Line = trunking.LineFor(dialled, null) };
        }

        if (trunking.LineFor(dialled, trunk) is { } line)
        {
            return new SipInviteAdmission { TrunkId = trunk.Id, Line = line };
        }

        return options.QueueFor(dialled) is not null
            ? new SipInviteAdmission { TrunkId = trunk.Id }
            : SipInviteAdmission.Refuse(SipStatusCodes.NotFound, "Unknown DID");
    }
}
