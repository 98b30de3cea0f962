using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// CANCEL (RFC 3261 §9.2): matched to the INVITE transaction by branch; 200 for the CANCEL and 487 for the INVITE
/// when it was still unanswered; 200 alone when the answer won the race; 481 when no such INVITE exists.
/// </summary>
internal sealed class SipCancelHandler(SipCallManager calls) : ISipRequestHandler
{
    public string Method => SipMethods.Cancel;

    public async ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken)
    {
        if (calls.FindByCancel(request) is { } call)
        {
            await call.OnCancelAsync().ConfigureAwait(false);
            return SipResponse.CreateFor(request, SipStatusCodes.Ok, toTag: call.Dialog.LocalTag);
        }

        return SipResponse.CreateFor(request, calls.HasInviteTransaction(request) ? SipStatusCodes.Ok : SipStatusCodes.CallDoesNotExist, toTag: SipTags.New());
    }
}
