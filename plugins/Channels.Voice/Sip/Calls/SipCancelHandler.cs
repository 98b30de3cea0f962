using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// CANCEL (RFC 3261 §9.2): matched to the INVITE transaction by branch; 200 for the CANCEL, then 487 for the INVITE
/// when it is still unanswered (when the answer won the race the 200 alone); 481 when no such INVITE exists.
/// </summary>
internal sealed class SipCancelHandler(SipCallManager calls) : ISipRequestHandler, ISipFollowUpHandler
{
    public string Method => SipMethods.Cancel;

    public ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken)
    {
        var response = calls.FindByCancel(request) is { } call
            ? SipResponse.CreateFor(request, SipStatusCodes.Ok, toTag: call.Dialog.LocalTag)
            : SipResponse.CreateFor(request, calls.HasInviteTransaction(request) ? SipStatusCodes.Ok : SipStatusCodes.CallDoesNotExist, toTag: SipTags.New());
        return ValueTask.FromResult(response);
    }

    public async ValueTask AfterResponseAsync(SipRequest request, SipResponse response)
    {
        if (calls.FindByCancel(request) is { } call)
        {
            await call.OnCancelAsync().ConfigureAwait(false);
        }
    }
}
