using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>
/// Parses one SIP message from bytes (RFC 3261 §7). Framing works on the raw bytes; header values are decoded as
/// strict UTF-8 and unfolded, then every header the stack understands is parsed once. Any defect is a
/// <see cref="SipParseException"/>; nothing else escapes.
/// </summary>
internal static class SipMessageParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="data">One datagram, or one message framed by <see cref="SipStreamFramer"/>.</param>
    /// <param name="limits">Size limits.</param>
    /// <param name="stream">True on stream transports, where Content-Length is mandatory (RFC 3261 §18.3).</param>
    public static SipMessage Parse(ReadOnlySpan<byte> data, SipLimits limits, bool stream = false)
    {
        var offset = 0;
        while (offset + 1 < data.Length && data[offset] == '\r' && data[offset + 1] == '\n')
        {
            offset += 2;
        }

        data = data[offset..];
        var isResponse = data.StartsWith("SIP/"u8);
        try
        {
            return ParseCore(data, limits, stream);
        }
        catch (SipParseException ex) when (isResponse && ex.Status is not null)
        {
            throw new SipParseException(null, ex.Reason);
        }
        catch (DecoderFallbackException)
        {
            throw new SipParseException(isResponse ? null : SipStatusCodes.BadRequest, "Header is not valid UTF-8");
        }
    }

    private static SipMessage ParseCore(ReadOnlySpan<byte> data, SipLimits limits, bool stream)
    {
        if (data.Length > limits.MaxMessageSize)
        {
            throw new SipParseException(SipStatusCodes.RequestEntityTooLarge, "Message too large");
        }

        var headerEnd = data.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            throw SipParseException.BadRequest("Incomplete header section");
        }

        var lines = ReadLines(data[..(headerEnd + 2)], limits);
        var message = ParseStartLine(lines[0]);
        AddHeaders(message, lines, limits);

        var available = data.Length - (headerEnd + 4);
        var contentLength = ReadContentLength(message, limits);
        if (contentLength is null && stream)
        {
            throw SipParseException.BadRequest("Content-Length is mandatory on stream transports");
        }

        if (contentLength > available)
        {
            throw SipParseException.BadRequest("Content-Length larger than message");
        }

        // Bytes after the declared body in a datagram are noise and ignored (RFC 3261 §18.3, RFC 4475 §3.1.1.8).
        message.Body = data.Slice(headerEnd + 4, (int)(contentLength ?? available)).ToArray();
        message.Validate();
        return message;
    }

    private static List<string> ReadLines(ReadOnlySpan<byte> head, SipLimits limits)
    {
        var lines = new List<string>();
        while (!head.IsEmpty)
        {
            var end = head.IndexOf("\r\n"u8);
            var line = head[..end];
            if (line.Length > limits.MaxHeaderLineLength)
            {
                throw new SipParseException(SipStatusCodes.RequestEntityTooLarge, "Header line too long");
            }

            if (line.IndexOfAny((byte)'\r', (byte)'\n') >= 0)
            {
                throw SipParseException.BadRequest("Bare CR or LF in header section");
            }

            lines.Add(StrictUtf8.GetString(line));
            head = head[(end + 2)..];
            if (lines.Count > limits.MaxHeaderCount * 4)
            {
                throw new SipParseException(SipStatusCodes.RequestEntityTooLarge, "Too many header lines");
            }
        }

        return lines;
    }

    private static void AddHeaders(SipMessage message, List<string> lines, SipLimits limits)
    {
        string? name = null;
        var value = new StringBuilder();
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && SipGrammar.IsWhitespace(line[0]))
            {
                // Folding: CRLF followed by whitespace is equivalent to a single space (RFC 3261 §7.3.1).
                if (name is null)
                {
                    throw SipParseException.BadRequest("Header section starts with a continuation line");
                }

                value.Append(' ').Append(line.AsSpan().TrimStart(" \t"));
                continue;
            }

            Flush(message, name, value, limits);
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw SipParseException.BadRequest("Header line without a name and colon");
            }

            var headerName = line.AsSpan(0, colon).TrimEnd(" \t");
            if (!SipGrammar.IsToken(headerName))
            {
                throw SipParseException.BadRequest("Invalid header name");
            }

            name = headerName.ToString();
            value.Clear().Append(line.AsSpan(colon + 1).TrimStart(" \t"));
        }

        Flush(message, name, value, limits);
    }

    private static void Flush(SipMessage message, string? name, StringBuilder value, SipLimits limits)
    {
        if (name is null)
        {
            return;
        }

        if (message.Headers.Count >= limits.MaxHeaderCount)
        {
            throw new SipParseException(SipStatusCodes.RequestEntityTooLarge, "Too many header fields");
        }

        message.Headers.Add(name, value.ToString().Trim(' ', '\t'));
    }

    private static long? ReadContentLength(SipMessage message, SipLimits limits)
    {
        long? length = null;
        foreach (var value in message.Headers.GetAll(SipHeaderNames.ContentLength))
        {
            if (!SipGrammar.TryParseDecimal(value, int.MaxValue, out var parsed))
            {
                throw SipParseException.BadRequest("Malformed Content-Length");
            }

            if (length is not null && length != parsed)
            {
                throw SipParseException.BadRequest("Conflicting Content-Length headers");
            }

            length = parsed;
        }

        if (length > limits.MaxMessageSize)
        {
            throw new SipParseException(SipStatusCodes.RequestEntityTooLarge, "Body too large");
        }

        return length;
    }

    private static SipMessage ParseStartLine(string line) =>
        line.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase) ? SipStartLine.ParseStatusLine(line) : SipStartLine.ParseRequestLine(line);
}
