using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Ordered header or URI parameters; names compare case-insensitively.</summary>
internal sealed class SipParameters : IEnumerable<SipParameter>
{
    private readonly List<SipParameter> _items = [];

    public int Count => _items.Count;

    public bool Contains(string name) => _items.Exists(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value as written, "" for a parameter without value, null when absent.</summary>
    public string? Get(string name)
    {
        var parameter = _items.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return parameter is null ? null : parameter.Value ?? string.Empty;
    }

    public void Set(string name, string? value)
    {
        var index = _items.FindIndex(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            _items[index] = new SipParameter(_items[index].Name, value);
        }
        else
        {
            _items.Add(new SipParameter(name, value));
        }
    }

    public void Remove(string name) => _items.RemoveAll(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public void AppendTo(StringBuilder builder)
    {
        foreach (var parameter in _items)
        {
            builder.Append(';').Append(parameter.Name);
            if (parameter.Value is not null)
            {
                builder.Append('=').Append(parameter.Value);
            }
        }
    }

    /// <summary>
    /// Parses *( SEMI generic-param ) at the scanner, allowing LWS around ";" and "=" (RFC 3261 §25.1 SEMI/EQUAL).
    /// Values are tokens, hosts (IPv6 references included) or quoted-strings; an empty parameter is an error.
    /// </summary>
    public static SipParameters ParseHeaderParameters(ref SipScanner scanner, string header)
    {
        var parameters = new SipParameters();
        scanner.SkipWhitespace();
        while (scanner.TryConsume(';'))
        {
            scanner.SkipWhitespace();
            var name = scanner.ReadToken(header + " parameter").ToString();
            scanner.SkipWhitespace();
            string? value = null;
            if (scanner.TryConsume('='))
            {
                scanner.SkipWhitespace();
                value = scanner.Peek == '"'
                    ? scanner.ReadQuotedRaw(header + " parameter").ToString()
                    : scanner.ReadWhile(c => SipGrammar.IsTokenChar(c) || c is '[' or ']' or ':').ToString();
                if (value.Length == 0)
                {
                    throw SipParseException.BadRequest($"Malformed {header}: parameter '{name}' has an empty value");
                }

                scanner.SkipWhitespace();
            }

            parameters._items.Add(new SipParameter(name, value));
        }

        if (!scanner.AtEnd)
        {
            throw SipParseException.BadRequest($"Malformed {header}: unexpected '{scanner.Peek}'");
        }

        return parameters;
    }

    public IEnumerator<SipParameter> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
