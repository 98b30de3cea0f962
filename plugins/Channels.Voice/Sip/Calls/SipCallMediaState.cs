using System.Security.Cryptography;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// The call's side of offer/answer: our current SDP (answer to the INVITE's offer, or our offer when the INVITE
/// had no body and the answer comes in the ACK), its origin version, and renegotiation on re-INVITE.
/// </summary>
internal sealed class SipCallMediaState
{
    private readonly string _address;
    private readonly SdesPolicy _policy;
    private readonly ulong _sessionId = (ulong)RandomNumberGenerator.GetInt32(1, int.MaxValue);
    private ulong _version = 1;
    private IReadOnlyList<SdpCrypto>? _offered;
    private bool _secureOnly;

    private SipCallMediaState(string address, SdpSession local, bool awaitingAnswer, SdesPolicy policy)
    {
        _address = address;
        _policy = policy;
        Local = local;
        AwaitingAnswer = awaitingAnswer;
    }

    public SdpSession Local { get; private set; }

    public bool AwaitingAnswer { get; private set; }

    /// <summary>
    /// Negotiates the INVITE's offer; returns the status to reject with (400 malformed SDP, 488 unacceptable) or null,
    /// and for a 488 about SRTP the reason (for a Warning header). <paramref name="srtp"/> and whether the INVITE
    /// came over TLS (<paramref name="secureSignalling"/>) decide whether RTP/SAVP is answered.
    /// </summary>
    public static (SipCallMediaState? State, int? Reject, string? Reason) Create(SipRequest invite, RtpSession media, string address, SrtpMode srtp = SrtpMode.Off, bool secureSignalling = false)
    {
        var policy = new SdesPolicy(srtp, secureSignalling, SrtpSession.NewKeySalt());
        if (invite.Body.Length == 0)
        {
            // Offerless INVITE: our offer goes in the 200 OK, with SDES keys when the INVITE came over TLS and SRTP is
            // on (RTP/SAVP only when mandatory, best-effort crypto on RTP/AVP when optional); the answer is in the ACK.
            if (srtp == SrtpMode.Mandatory && !secureSignalling)
            {
                return (null, SipStatusCodes.NotAcceptableHere, "SRTP is mandatory here: call over TLS (sips or transport=tls)");
            }

            var state = new SipCallMediaState(address, null!, awaitingAnswer: true, policy)
            {
                _offered = SdesPolicy.Offers(srtp, secureSignalling) ? SdesPolicy.NewOffer() : null,
                _secureOnly = srtp == SrtpMode.Mandatory,
            };
            state.Local = SdpNegotiator.Offer(address, media.RtpPort, media.RtcpPort, state._sessionId, state._version, cryptos: state._offered, secureOnly: state._secureOnly);
            return (state, null, null);
        }

        var offer = ParseOffer(invite, out var reject);
        if (offer is null)
        {
            return (null, reject, "Malformed or unsupported session description");
        }

        var created = new SipCallMediaState(address, null!, awaitingAnswer: false, policy);
        if (SdpNegotiator.Answer(offer, address, media.RtpPort, media.RtcpPort, created._sessionId, created._version, policy, out var refusal) is not { } result)
        {
            return (null, SipStatusCodes.NotAcceptableHere, refusal ?? "No common audio codec (PCMU or PCMA over RTP/AVP)");
        }

        created.Local = result.Answer;
        media.Configure(result.Media);
        return (created, null, null);
    }

    /// <summary>The answer to a re-INVITE's offer, or null when it is not acceptable (the call keeps its media).</summary>
    public SdpSession? Renegotiate(SipRequest reInvite, RtpSession media)
    {
        if (reInvite.Body.Length == 0)
        {
            // An offerless re-INVITE (a session refresh): offer what we have, same version (RFC 3264 §8).
            return Local;
        }

        if (ParseOffer(reInvite, out _) is not { } offer
            || SdpNegotiator.Answer(offer, _address, media.RtpPort, media.RtcpPort, _sessionId, ++_version, _policy, out _) is not { } result)
        {
            return null;
        }

        media.Configure(result.Media);
        Local = result.Answer;
        return Local;
    }

    /// <summary>
    /// Applies the ACK's answer to our offer (its SDES key with ours when we offered crypto); false when the answer is
    /// malformed or does not fit the offer (no G.711, plain RTP where SRTP is mandatory): the call must then end.
    /// </summary>
    public bool AcceptAnswer(SipRequest ack, RtpSession media)
    {
        AwaitingAnswer = false;
        try
        {
            if (SdpNegotiator.AcceptAnswer(SdpSession.Parse(Encoding.UTF8.GetString(ack.Body.Span)), _offered, _secureOnly) is { } negotiated)
            {
                media.Configure(negotiated);
                return true;
            }
        }
        catch (FormatException)
        {
            // A malformed answer in an ACK cannot be refused (ACK has no response): the caller hangs up the call.
        }

        return false;
    }

    private static SdpSession? ParseOffer(SipRequest request, out int reject)
    {
        reject = SipStatusCodes.NotAcceptableHere;
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/sdp", StringComparison.OrdinalIgnoreCase))
        {
            // RFC 3261 §21.4.13: 415 would need Accept; only SDP bodies are understood.
            reject = SipStatusCodes.UnsupportedMediaType;
            return null;
        }

        try
        {
            return SdpSession.Parse(Encoding.UTF8.GetString(request.Body.Span));
        }
        catch (FormatException)
        {
            reject = SipStatusCodes.BadRequest;
            return null;
        }
    }
}
