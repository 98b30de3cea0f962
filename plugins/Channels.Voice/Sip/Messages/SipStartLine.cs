using System.Globalization;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Request-Line and Status-Line (RFC 3261 §7.1, §7.2): single spaces, SIP/2.0 only.</summary>
internal static class SipStartLine
{
    public const string Version = "SIP/2.0";

    private static readonly System.Buffers.SearchValues<char> VersionChars = System.Buffers.SearchValues.Create("0123456789.");

    public static SipRequest ParseRequestLine(string line)
    {
        var parts = line.Split(' ');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            throw SipParseException.BadRequest("Malformed Request-Line");
        }

        CheckVersion(parts[2]);
        if (!SipGrammar.IsToken(parts[0]))
        {
            throw SipParseException.BadRequest("Malformed method");
        }

        var uri = SipUri.Parse(parts[1]);
        if (uri.IsSip && uri.Headers is not null)
        {
            throw SipParseException.BadRequest("Request-URI must not contain headers");
        }

        return new SipRequest(parts[0], uri);
    }

    public static SipResponse ParseStatusLine(string line)
    {
        if (!line.StartsWith(Version + " ", StringComparison.OrdinalIgnoreCase))
        {
            throw new SipParseException(null, "Unsupported SIP version");
        }

        var rest = line.AsSpan(Version.Length + 1);
        var codeEnd = rest.IndexOf(' ');
        var code = codeEnd < 0 ? rest : rest[..codeEnd];
        if (code.Length != 3 || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status)
            || status is < 100 or > 699)
        {
            throw new SipParseException(null, "Malformed status code");
        }

        var reason = codeEnd < 0 ? string.Empty : rest[(codeEnd + 1)..].ToString();
        return new SipResponse(status, reason);
    }

    private static void CheckVersion(string version)
    {
        if (version.Equals(Version, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var looksLikeSip = version.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase)
            && version.AsSpan(4).IndexOfAnyExcept(VersionChars) < 0 && version.Length > 4;
        throw looksLikeSip
            ? new SipParseException(SipStatusCodes.VersionNotSupported, "Version Not Supported")
            : SipParseException.BadRequest("Malformed SIP version");
    }
}
