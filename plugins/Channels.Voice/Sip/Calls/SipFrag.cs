using System.Globalization;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// The <c>message/sipfrag</c> bodies (RFC 3420) of the NOTIFYs that report a REFER's progress (RFC 3515 §2.4.5):
/// a bare status line such as <c>SIP/2.0 100 Trying</c> or <c>SIP/2.0 404 Not Found</c>.
/// </summary>
internal static class SipFrag
{
    public const string ContentType = "message/sipfrag;version=2.0";

    public static byte[] StatusLine(int status) =>
        Encoding.UTF8.GetBytes($"SIP/2.0 {status.ToString(CultureInfo.InvariantCulture)} {SipStatusCodes.ReasonPhrase(status)}\r\n");

    /// <summary>The status code of a sipfrag status line; <see cref="FormatException"/> when the body is not one.</summary>
    public static int ParseStatus(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        var line = text.Split('\n', 2)[0].TrimEnd('\r');
        var parts = line.Split(' ', 3);
        if (parts.Length < 2 || parts[0] != "SIP/2.0" || parts[1].Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 100)
        {
            throw new FormatException($"Not a sipfrag status line: '{line}'.");
        }

        return status;
    }
}
