using System.Globalization;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>Builds REGISTER requests and digest answers the way a phone would (test side of the handshake).</summary>
internal static class SipTestClient
{
    public static string Register(string user, string host, int cseq, string? authorization = null, string contactTail = ";expires=600", string callId = "reg-1", string branch = "z9hG4bKreg")
    {
        var builder = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"REGISTER sip:{host} SIP/2.0\r\n")
            .Append(CultureInfo.InvariantCulture, $"Via: SIP/2.0/UDP 192.0.2.50:5062;branch={branch}{cseq};rport\r\n")
            .Append("Max-Forwards: 70\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: <sip:{user}@{host}>\r\n")
            .Append(CultureInfo.InvariantCulture, $"From: <sip:{user}@{host}>;tag=f{user}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Call-ID: {callId}\r\n")
            .Append(CultureInfo.InvariantCulture, $"CSeq: {cseq} REGISTER\r\n")
            .Append(CultureInfo.InvariantCulture, $"Contact: <sip:{user}@192.0.2.50:5062>{contactTail}\r\n");
        if (authorization is not null)
        {
            builder.Append("Authorization: ").Append(authorization).Append("\r\n");
        }

        return builder.Append("Content-Length: 0\r\n\r\n").ToString();
    }

    public static SipRequest Parse(string text) => (SipRequest)SipMessageParser.Parse(Encoding.UTF8.GetBytes(text), SipLimits.Default);

    /// <summary>Answers the challenge for <paramref name="algorithm"/> found in the 401.</summary>
    public static string Answer(SipResponse challenge, string algorithm, string user, string secret, string uri, string nc = "00000001", string method = "REGISTER")
    {
        var header = challenge.Headers.GetAll(SipHeaderNames.WwwAuthenticate)
            .Select(SipAuthorization.TryParse)
            .First(a => string.Equals(a!["algorithm"], algorithm, StringComparison.OrdinalIgnoreCase))!;
        var realm = header["realm"]!;
        var nonce = header["nonce"]!;
        var ha1 = SipDigestAlgorithm.Ha1(algorithm, user, realm, secret);
        var response = SipDigestAlgorithm.Response(algorithm, ha1, nonce, nc, "c0ffee", "auth", method, uri);
        return $"Digest username=\"{user}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", response=\"{response}\", "
            + $"algorithm={algorithm}, qop=auth, nc={nc}, cnonce=\"c0ffee\"";
    }
}
