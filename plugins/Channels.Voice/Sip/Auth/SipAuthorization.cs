using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>A parsed "Digest" Authorization header (RFC 3261 §25.1 credentials, RFC 7616 §3.4).</summary>
internal sealed record SipAuthorization(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    public string? this[string name] => Parameters.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses 'scheme param=value, param="quoted"'; returns null when the header is malformed.</summary>
    public static SipAuthorization? TryParse(string value)
    {
        var space = value.IndexOfAny([' ', '\t']);
        if (space <= 0)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var part in SipValueSplitter.Split(value[(space + 1)..], SipHeaderNames.Authorization))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return null;
                }

                var name = part[..equals].Trim(' ', '\t');
                var raw = part[(equals + 1)..].Trim(' ', '\t');
                if (!SipGrammar.IsToken(name) || !parameters.TryAdd(name, SipScanner.Unquote(raw)))
                {
                    return null;
                }
            }
        }
        catch (SipParseException)
        {
            return null;
        }

        return new SipAuthorization(value[..space], parameters);
    }
}
