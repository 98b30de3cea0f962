using System.Globalization;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Writes a message in wire form; Content-Length always states the body's real length.</summary>
internal static class SipMessageSerializer
{
    public static byte[] Serialize(SipMessage message)
    {
        var builder = new StringBuilder(512);
        switch (message)
        {
            case SipRequest request:
                builder.Append(request.Method).Append(' ').Append(request.RequestUri).Append(' ').Append(SipStartLine.Version);
                break;
            case SipResponse response:
                builder.Append(SipStartLine.Version).Append(' ')
                    .Append(response.StatusCode.ToString("D3", CultureInfo.InvariantCulture)).Append(' ').Append(response.ReasonPhrase);
                break;
            default:
                throw new ArgumentException("Unknown message type", nameof(message));
        }

        builder.Append("\r\n");
        var length = message.Body.Length.ToString(CultureInfo.InvariantCulture);
        var wroteLength = false;
        foreach (var header in message.Headers)
        {
            if (string.Equals(header.Name, SipHeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                if (!wroteLength)
                {
                    builder.Append(SipHeaderNames.ContentLength).Append(": ").Append(length).Append("\r\n");
                    wroteLength = true;
                }

                continue;
            }

            builder.Append(header.Name).Append(": ").Append(header.Value).Append("\r\n");
        }

        if (!wroteLength)
        {
            builder.Append(SipHeaderNames.ContentLength).Append(": ").Append(length).Append("\r\n");
        }

        builder.Append("\r\n");
        var head = Encoding.UTF8.GetBytes(builder.ToString());
        var bytes = new byte[head.Length + message.Body.Length];
        head.CopyTo(bytes, 0);
        message.Body.Span.CopyTo(bytes.AsSpan(head.Length));
        return bytes;
    }
}
