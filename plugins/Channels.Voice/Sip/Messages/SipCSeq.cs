using System.Globalization;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>CSeq = 1*DIGIT LWS Method; the number must fit 32 bits (RFC 3261 §8.1.1.5, RFC 4475 §3.1.2.4).</summary>
internal sealed record SipCSeq(long Sequence, string Method)
{
    public static SipCSeq Parse(string value)
    {
        var scanner = new SipScanner(value);
        scanner.SkipWhitespace();
        var digits = scanner.ReadWhile(SipGrammar.IsDigit);
        if (!SipGrammar.TryParseDecimal(digits, uint.MaxValue, out var sequence))
        {
            throw SipParseException.BadRequest("Malformed CSeq");
        }

        if (sequence > uint.MaxValue)
        {
            throw SipParseException.BadRequest("CSeq number out of range");
        }

        if (!scanner.SkipWhitespace())
        {
            throw SipParseException.BadRequest("Malformed CSeq");
        }

        var method = scanner.ReadToken(SipHeaderNames.CSeq).ToString();
        scanner.SkipWhitespace();
        if (!scanner.AtEnd)
        {
            throw SipParseException.BadRequest("Malformed CSeq");
        }

        return new SipCSeq(sequence, method);
    }

    public override string ToString() => $"{Sequence.ToString(CultureInfo.InvariantCulture)} {Method}";
}
