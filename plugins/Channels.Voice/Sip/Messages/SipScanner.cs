namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>A cursor over a header value (folding already replaced by spaces) for the structured header parsers.</summary>
internal ref struct SipScanner
{
    private readonly ReadOnlySpan<char> _text;

    public SipScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        Position = 0;
    }

    public int Position { get; set; }

    public readonly bool AtEnd => Position >= _text.Length;

    public readonly char Peek => AtEnd ? '\0' : _text[Position];

    public readonly ReadOnlySpan<char> Rest => _text[Position..];

    /// <summary>Skips spaces and tabs; returns whether any were skipped.</summary>
    public bool SkipWhitespace()
    {
        var start = Position;
        while (!AtEnd && SipGrammar.IsWhitespace(_text[Position]))
        {
            Position++;
        }

        return Position > start;
    }

    public bool TryConsume(char c)
    {
        if (Peek != c || AtEnd)
        {
            return false;
        }

        Position++;
        return true;
    }

    public void Expect(char c, string what)
    {
        if (!TryConsume(c))
        {
            throw SipParseException.BadRequest($"Malformed {what}: expected '{c}'");
        }
    }

    public ReadOnlySpan<char> ReadWhile(Func<char, bool> predicate)
    {
        var start = Position;
        while (!AtEnd && predicate(_text[Position]))
        {
            Position++;
        }

        return _text[start..Position];
    }

    public ReadOnlySpan<char> ReadToken(string what)
    {
        var token = ReadWhile(SipGrammar.IsTokenChar);
        if (token.IsEmpty)
        {
            throw SipParseException.BadRequest($"Malformed {what}: expected a token");
        }

        return token;
    }

    /// <summary>Reads a quoted-string starting at '"' and returns it as written (quotes and escapes kept).</summary>
    public ReadOnlySpan<char> ReadQuotedRaw(string what)
    {
        var start = Position;
        Expect('"', what);
        while (!AtEnd)
        {
            var c = _text[Position++];
            if (c == '\\')
            {
                if (AtEnd)
                {
                    break;
                }

                Position++;
            }
            else if (c == '"')
            {
                return _text[start..Position];
            }
        }

        throw SipParseException.BadRequest($"Malformed {what}: unterminated quoted string");
    }

    /// <summary>Removes the quotes and quoted-pair escapes of a raw quoted-string.</summary>
    public static string Unquote(ReadOnlySpan<char> raw)
    {
        if (raw.Length < 2 || raw[0] != '"' || raw[^1] != '"')
        {
            return raw.ToString();
        }

        var inner = raw[1..^1];
        var builder = new System.Text.StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
            }

            builder.Append(inner[i]);
        }

        return builder.ToString();
    }
}
