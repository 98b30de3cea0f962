using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Parses URIs per RFC 3261 §25.1 (SIP-URI, SIPS-URI, absoluteURI kept opaque).</summary>
internal static class SipUriParser
{
    public static SipUri Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !IsScheme(text.AsSpan(0, colon)))
        {
            throw SipParseException.BadRequest("Malformed URI: missing or invalid scheme");
        }

        var scheme = text[..colon];
        var rest = text[(colon + 1)..];
        if (!scheme.Equals("sip", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("sips", StringComparison.OrdinalIgnoreCase))
        {
            if (rest.Length == 0 || rest.Any(c => c <= ' ' || c is '<' or '>' or '"' or (char)0x7F))
            {
                throw SipParseException.BadRequest("Malformed URI: invalid characters");
            }

            return new SipUri { Scheme = scheme, Opaque = rest };
        }

        string? user = null;
        string? password = null;
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var userInfo = rest[..at];
            var passwordColon = userInfo.IndexOf(':', StringComparison.Ordinal);
            user = passwordColon < 0 ? userInfo : userInfo[..passwordColon];
            password = passwordColon < 0 ? null : userInfo[(passwordColon + 1)..];
            if (user.Length == 0 || !SipGrammar.IsEscapedRun(user, SipGrammar.IsUserChar)
                || (password is not null && !SipGrammar.IsEscapedRun(password, SipGrammar.IsPasswordChar)))
            {
                throw SipParseException.BadRequest("Malformed URI: invalid user part");
            }

            rest = rest[(at + 1)..];
        }

        var scanner = new SipScanner(rest);
        var host = ReadHost(ref scanner);
        int? port = null;
        if (scanner.TryConsume(':'))
        {
            var digits = scanner.ReadWhile(SipGrammar.IsDigit);
            if (!SipGrammar.TryParseDecimal(digits, 65535, out var value) || value > 65535 || digits.Length > 5)
            {
                throw SipParseException.BadRequest("Malformed URI: invalid port");
            }

            port = (int)value;
        }

        var parameters = new SipParameters();
        while (scanner.TryConsume(';'))
        {
            var name = scanner.ReadWhile(c => SipGrammar.IsParamChar(c) || c == '%');
            string? value = null;
            if (scanner.TryConsume('='))
            {
                value = scanner.ReadWhile(c => SipGrammar.IsParamChar(c) || c == '%').ToString();
                if (value.Length == 0 || !SipGrammar.IsEscapedRun(value, SipGrammar.IsParamChar))
                {
                    throw SipParseException.BadRequest("Malformed URI: invalid parameter value");
                }
            }

            if (name.IsEmpty || !SipGrammar.IsEscapedRun(name, SipGrammar.IsParamChar))
            {
                throw SipParseException.BadRequest("Malformed URI: invalid parameter");
            }

            parameters.Set(name.ToString(), value);
        }

        string? headers = null;
        if (scanner.TryConsume('?'))
        {
            headers = scanner.Rest.ToString();
            foreach (var pair in headers.Split('&'))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || !SipGrammar.IsEscapedRun(pair.AsSpan(0, equals), SipGrammar.IsHeaderChar)
                    || !SipGrammar.IsEscapedRun(pair.AsSpan(equals + 1), SipGrammar.IsHeaderChar))
                {
                    throw SipParseException.BadRequest("Malformed URI: invalid header");
                }
            }

            scanner.Position += scanner.Rest.Length;
        }

        if (!scanner.AtEnd)
        {
            throw SipParseException.BadRequest($"Malformed URI: unexpected '{scanner.Peek}'");
        }

        return new SipUri
        {
            Scheme = scheme, User = user, Password = password, Host = host, Port = port, Parameters = parameters,
            Headers = headers,
        };
    }

    /// <summary>host = hostname / IPv4address / IPv6reference.</summary>
    public static string ReadHost(ref SipScanner scanner)
    {
        if (scanner.Peek == '[')
        {
            var reference = scanner.ReadWhile(c => c != ']');
            if (!scanner.TryConsume(']') || !IPAddress.TryParse(reference[1..], out var address)
                || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                throw SipParseException.BadRequest("Malformed host: invalid IPv6 reference");
            }

            return "[" + reference[1..].ToString() + "]";
        }

        var host = scanner.ReadWhile(SipGrammar.IsHostChar);
        if (host.IsEmpty || host[0] is '-' or '.')
        {
            throw SipParseException.BadRequest("Malformed host");
        }

        return host.ToString();
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!SipGrammar.IsAlphaNum(c) && c is not '+' and not '-' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    internal static string FormatPort(int port) => port.ToString(CultureInfo.InvariantCulture);
}
