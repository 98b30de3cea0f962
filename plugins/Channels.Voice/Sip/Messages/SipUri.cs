using System.Globalization;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>
/// A SIP or SIPS URI (RFC 3261 §19.1) with user, password, host, port, parameters and headers kept as written
/// (escapes included), or any other absolute URI kept opaque (<see cref="Opaque"/>) so it can be answered with 416.
/// </summary>
internal sealed class SipUri
{
    public required string Scheme { get; init; }

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>Host name, IPv4 address or bracketed IPv6 reference ("[2001:db8::1]").</summary>
    public string Host { get; init; } = string.Empty;

    public int? Port { get; init; }

    public SipParameters Parameters { get; init; } = new();

    /// <summary>The "?name=value&amp;..." part without the question mark, or null.</summary>
    public string? Headers { get; init; }

    /// <summary>The part after "scheme:" of a URI that is neither sip nor sips.</summary>
    public string? Opaque { get; init; }

    public bool IsSip => Opaque is null;

    /// <summary>The user part with %XX escapes decoded (UTF-8), for comparisons such as address-of-record lookups.</summary>
    public string? UserUnescaped => User is null ? null : Unescape(User);

    /// <summary>Host and port as "host[:port]".</summary>
    public string HostPort => Port is int port ? $"{Host}:{port.ToString(CultureInfo.InvariantCulture)}" : Host;

    public static SipUri Parse(string text) => SipUriParser.Parse(text);

    public override string ToString()
    {
        var builder = new StringBuilder(Scheme).Append(':');
        if (Opaque is not null)
        {
            return builder.Append(Opaque).ToString();
        }

        if (User is not null)
        {
            builder.Append(User);
            if (Password is not null)
            {
                builder.Append(':').Append(Password);
            }

            builder.Append('@');
        }

        builder.Append(HostPort);
        Parameters.AppendTo(builder);
        if (Headers is not null)
        {
            builder.Append('?').Append(Headers);
        }

        return builder.ToString();
    }

    /// <summary>Address-of-record form: scheme, unescaped user and lower-case host, no port or parameters.</summary>
    public string ToAddressOfRecord() =>
        $"{Scheme.ToLowerInvariant()}:{(User is null ? string.Empty : UserUnescaped + "@")}{Host.ToLowerInvariant()}";

    private static string Unescape(string value)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length)
            {
                bytes.Add(byte.Parse(value.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
