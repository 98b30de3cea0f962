using System.Globalization;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>One Via value (RFC 3261 §20.42): sent-protocol, sent-by and parameters (branch, received, rport...).</summary>
internal sealed class SipVia
{
    /// <summary>RFC 3261 branch prefix: a branch starting with it is a globally unique transaction id.</summary>
    public const string MagicCookie = "z9hG4bK";

    public string Protocol { get; init; } = "SIP";

    public string Version { get; init; } = "2.0";

    public required string Transport { get; init; }

    public required string Host { get; init; }

    public int? Port { get; init; }

    public SipParameters Parameters { get; init; } = new();

    public string? Branch => Parameters.Get("branch");

    public string? Received => Parameters.Get("received");

    public bool HasRport => Parameters.Contains("rport");

    /// <summary>The rport value when the server filled it in (RFC 3581), otherwise null.</summary>
    public int? Rport => int.TryParse(Parameters.Get("rport"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;

    public static IReadOnlyList<SipVia> ParseList(IEnumerable<string> values)
    {
        var list = new List<SipVia>();
        foreach (var value in values)
        {
            foreach (var element in SipValueSplitter.Split(value, SipHeaderNames.Via))
            {
                list.Add(Parse(element));
            }
        }

        return list;
    }

    public static SipVia Parse(string value)
    {
        const string What = SipHeaderNames.Via;
        var scanner = new SipScanner(value);
        scanner.SkipWhitespace();
        var protocol = scanner.ReadToken(What).ToString();
        scanner.SkipWhitespace();
        scanner.Expect('/', What);
        scanner.SkipWhitespace();
        var version = scanner.ReadToken(What).ToString();
        scanner.SkipWhitespace();
        scanner.Expect('/', What);
        scanner.SkipWhitespace();
        var transport = scanner.ReadToken(What).ToString();
        if (!scanner.SkipWhitespace())
        {
            throw SipParseException.BadRequest("Malformed Via: expected whitespace before sent-by");
        }

        var host = SipUriParser.ReadHost(ref scanner);
        scanner.SkipWhitespace();
        int? port = null;
        if (scanner.TryConsume(':'))
        {
            scanner.SkipWhitespace();
            var digits = scanner.ReadWhile(SipGrammar.IsDigit);
            if (!SipGrammar.TryParseDecimal(digits, 65535, out var parsed) || parsed > 65535)
            {
                throw SipParseException.BadRequest("Malformed Via: invalid port");
            }

            port = (int)parsed;
        }

        var parameters = SipParameters.ParseHeaderParameters(ref scanner, What);
        if (!protocol.Equals("SIP", StringComparison.OrdinalIgnoreCase) || version != "2.0")
        {
            throw SipParseException.BadRequest("Malformed Via: unsupported protocol version");
        }

        return new SipVia { Protocol = protocol, Version = version, Transport = transport, Host = host, Port = port, Parameters = parameters };
    }

    public override string ToString()
    {
        var builder = new StringBuilder()
            .Append(Protocol).Append('/').Append(Version).Append('/').Append(Transport).Append(' ').Append(Host);
        if (Port is int port)
        {
            builder.Append(':').Append(port.ToString(CultureInfo.InvariantCulture));
        }

        Parameters.AppendTo(builder);
        return builder.ToString();
    }
}
