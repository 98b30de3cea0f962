using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>
/// The error response to a request that could not be parsed: the raw Via, From, To, Call-ID and CSeq lines are
/// copied when they can be found so the sender can match it (RFC 4475 asks for a 400, never a crash).
/// </summary>
internal static class SipErrorResponse
{
    private static readonly string[] Copied = ["via", "v", "from", "f", "to", "t", "call-id", "i", "cseq"];

    public static byte[] Build(ReadOnlySpan<byte> request, int status, string reason)
    {
        var builder = new StringBuilder("SIP/2.0 ").Append(status).Append(' ').Append(Sanitize(reason)).Append("\r\n");
        var text = Encoding.Latin1.GetString(request[..Math.Min(request.Length, 16_384)]);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = (headerEnd < 0 ? text : text[..headerEnd]).Split("\r\n").Skip(1);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Copied.Contains(line[..colon].Trim().ToLowerInvariant()) && !line.Contains('\r', StringComparison.Ordinal) && !line.Contains('\n', StringComparison.Ordinal))
            {
                builder.Append(line).Append("\r\n");
            }
        }

        builder.Append("Content-Length: 0\r\n\r\n");
        return Encoding.Latin1.GetBytes(builder.ToString());
    }

    /// <summary>Reason-Phrase may not carry control characters; parse errors can quote the offending byte.</summary>
    private static string Sanitize(string reason) => new([.. reason.Select(c => c < ' ' || c == (char)0x7F || c > '~' ? '?' : c)]);
}
