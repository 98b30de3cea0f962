using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>
/// Finds message boundaries on a stream transport (RFC 3261 §18.3): CRLF keep-alives before a start line are
/// skipped, the header section ends at the empty line and the body is exactly Content-Length bytes (mandatory).
/// </summary>
internal static class SipStreamFramer
{
    /// <summary>
    /// Looks for one complete message at the start of <paramref name="buffer"/>. Returns false when more bytes are
    /// needed; <paramref name="skipped"/> is the keep-alive CRLFs the caller may drop either way.
    /// </summary>
    /// <exception cref="SipParseException">The stream cannot be framed (the connection must then be closed).</exception>
    public static bool TryFrame(ReadOnlySpan<byte> buffer, SipLimits limits, out int skipped, out int length)
    {
        skipped = 0;
        length = 0;
        while (skipped + 1 < buffer.Length && buffer[skipped] == '\r' && buffer[skipped + 1] == '\n')
        {
            skipped += 2;
        }

        var rest = buffer[skipped..];
        var headerEnd = rest.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            if (rest.Length > limits.MaxMessageSize)
            {
                throw new SipParseException(SipStatusCodes.RequestEntityTooLarge, "Message too large");
            }

            return false;
        }

        var contentLength = FindContentLength(rest[..(headerEnd + 2)]);
        var total = (long)headerEnd + 4 + contentLength;
        if (total > limits.MaxMessageSize)
        {
            throw new SipParseException(SipStatusCodes.RequestEntityTooLarge, "Message too large");
        }

        if (rest.Length < total)
        {
            return false;
        }

        length = (int)total;
        return true;
    }

    private static long FindContentLength(ReadOnlySpan<byte> head)
    {
        long? found = null;
        while (!head.IsEmpty)
        {
            var end = head.IndexOf("\r\n"u8);
            var line = head[..end];
            head = head[(end + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = Encoding.ASCII.GetString(line[..colon]).TrimEnd(' ', '\t');
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !name.Equals("l", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = Encoding.ASCII.GetString(line[(colon + 1)..]).Trim(' ', '\t');
            if (!SipGrammar.TryParseDecimal(value, int.MaxValue, out var parsed) || (found is not null && found != parsed))
            {
                throw SipParseException.BadRequest("Malformed Content-Length");
            }

            found = parsed;
        }

        return found ?? throw SipParseException.BadRequest("Content-Length is mandatory on stream transports");
    }
}
