using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transactions;

/// <summary>Requests and responses for the transaction state machine tests.</summary>
internal static class SipTransactionMessages
{
    public static SipRequest Request(string method, string branch = "z9hG4bKtx1") =>
        (SipRequest)Parse(
            $"{method} sip:bob@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch={branch}\r\nMax-Forwards: 70\r\n" +
            $"From: <sip:alice@127.0.0.1>;tag=a1\r\nTo: <sip:bob@127.0.0.1>\r\nCall-ID: tx-call\r\nCSeq: 1 {method}\r\n" +
            "Contact: <sip:alice@127.0.0.1:5070>\r\nContent-Length: 0\r\n\r\n");

    public static SipResponse Response(SipRequest request, int status, string? toTag = "b1") =>
        SipResponse.CreateFor(request, status, toTag: toTag);

    public static SipMessage Parse(string text) => SipMessageParser.Parse(Encoding.UTF8.GetBytes(text), SipLimits.Default, stream: false);

    public static SipMessage Parse(byte[] bytes) => SipMessageParser.Parse(bytes, SipLimits.Default, stream: false);
}
