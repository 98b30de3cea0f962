using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// REFER (RFC 3515) from an agent's phone in a confirmed B2BUA leg: a blind transfer. Checked in this order: a
/// missing or malformed Refer-To is 400 with the reason; a REFER outside any dialog of ours is 481; one from the
/// caller's side (an inbound call) is 403, since only agents transfer; a malformed <c>Replaces</c> in the Refer-To
/// (an attended transfer, RFC 5589 §7) is 400; a leg with no transfer handler is 403. Otherwise 202 Accepted and,
/// once the 202 is on the wire, the NOTIFYs and the transfer (blind, or attended: the handler finds the dialog the
/// Replaces names, 481 in the NOTIFY when there is none) run in the background.
/// </summary>
internal sealed partial class SipReferHandler(SipCallManager calls, ILogger logger) : ISipRequestHandler, ISipFollowUpHandler
{
    private readonly ConcurrentDictionary<SipRequest, Referral> _accepted = new(ReferenceEqualityComparer.Instance);

    public string Method => SipMethods.Refer;

    public ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Decide(request));

    public ValueTask AfterResponseAsync(SipRequest request, SipResponse response)
    {
        if (_accepted.TryRemove(request, out var referral) && response.StatusCode == SipStatusCodes.Accepted)
        {
            LogAccepted(logger, request.CallId!, referral.Target.ToString());
            _ = Task.Run(() => referral.Leg.RunReferralAsync(referral.Target, request.CSeq!.Sequence, referral.Transfer));
        }

        return ValueTask.CompletedTask;
    }

    private SipResponse Decide(SipRequest refer)
    {
        SipUri target;
        try
        {
            target = SipReferTo.Parse(refer);
            _ = SipReplaces.FromReferTo(target);
        }
        catch (SipParseException ex)
        {
            return Refuse(refer, SipStatusCodes.BadRequest, ex.Reason);
        }

        var callId = refer.CallId!;
        var localTag = refer.To?.Tag;
        var remoteTag = refer.From?.Tag ?? string.Empty;
        if (localTag is null)
        {
            return Refuse(refer, SipStatusCodes.CallDoesNotExist, "REFER outside a dialog is not accepted");
        }

        if (calls.Find(callId, localTag) is { } inbound && string.Equals(inbound.Dialog.RemoteTag, remoteTag, StringComparison.Ordinal))
        {
            return Refuse(refer, SipStatusCodes.Forbidden, "Only an agent's phone may transfer this call");
        }

        if (calls.FindOutbound(callId, localTag) is not { Dialog: { State: SipDialogState.Confirmed } dialog } leg
            || !string.Equals(dialog.RemoteTag, remoteTag, StringComparison.Ordinal))
        {
            return Refuse(refer, SipStatusCodes.CallDoesNotExist, null);
        }

        if (!dialog.AcceptRemote(refer))
        {
            return Refuse(refer, SipStatusCodes.ServerInternalError, "CSeq out of order");
        }

        if (leg.TransferHandler is not { } transfer)
        {
            return Refuse(refer, SipStatusCodes.Forbidden, "This call cannot be transferred");
        }

        _accepted[refer] = new Referral(leg, target, transfer);
        return SipResponse.CreateFor(refer, SipStatusCodes.Accepted);
    }

    private SipResponse Refuse(SipRequest refer, int status, string? reason)
    {
        LogRefused(logger, refer.CallId ?? "?", status, reason ?? SipStatusCodes.ReasonPhrase(status));
        return SipResponse.CreateFor(refer, status, reason);
    }

    private sealed record Referral(SipOutboundCall Leg, SipUri Target, Func<SipUri, Task<int>> Transfer);

    [LoggerMessage(7024, LogLevel.Information, "SIP call {CallId}: REFER to {Target} accepted")]
    private static partial void LogAccepted(ILogger logger, string callId, string target);

    [LoggerMessage(7025, LogLevel.Information, "SIP call {CallId}: REFER refused with {Status} ({Reason})")]
    private static partial void LogRefused(ILogger logger, string callId, int status, string reason);
}
