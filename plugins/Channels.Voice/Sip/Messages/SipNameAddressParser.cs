namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Parses (name-addr / addr-spec) *( SEMI param ) per RFC 3261 §20.10 and §25.1.</summary>
internal static class SipNameAddressParser
{
    public static SipNameAddress Parse(string value, string header, bool allowWildcard)
    {
        var text = value.Trim(' ', '\t');
        if (allowWildcard && text == "*")
        {
            return new SipNameAddress();
        }

        var scanner = new SipScanner(text);
        string? displayName = null;
        if (scanner.Peek == '"')
        {
            displayName = SipScanner.Unquote(scanner.ReadQuotedRaw(header));
            scanner.SkipWhitespace();
            if (scanner.Peek != '<')
            {
                throw SipParseException.BadRequest($"Malformed {header}: expected '<' after display name");
            }
        }
        else if (HasAngleBracket(text))
        {
            displayName = ReadTokenDisplayName(ref scanner, header);
        }

        if (scanner.TryConsume('<'))
        {
            var uriText = scanner.ReadWhile(c => c != '>');
            if (!scanner.TryConsume('>'))
            {
                throw SipParseException.BadRequest($"Malformed {header}: missing '>'");
            }

            if (uriText.IsEmpty || SipGrammar.IsWhitespace(uriText[0]) || SipGrammar.IsWhitespace(uriText[^1]))
            {
                throw SipParseException.BadRequest($"Malformed {header}: whitespace inside <>");
            }

            var uri = SipUri.Parse(uriText.ToString());
            var parameters = SipParameters.ParseHeaderParameters(ref scanner, header);
            return new SipNameAddress { DisplayName = displayName, Uri = uri, Parameters = parameters };
        }

        // addr-spec: the URI ends at the first ';' and what follows are header parameters. A URI carrying
        // headers ('?') or commas must be written as name-addr (RFC 3261 §20.10).
        var addrSpec = scanner.ReadWhile(c => c != ';' && !SipGrammar.IsWhitespace(c)).ToString();
        if (addrSpec.Contains('?', StringComparison.Ordinal))
        {
            throw SipParseException.BadRequest($"Malformed {header}: a URI with headers must be enclosed in <>");
        }

        var addrUri = SipUri.Parse(addrSpec);
        var addrParameters = SipParameters.ParseHeaderParameters(ref scanner, header);
        return new SipNameAddress { Uri = addrUri, Parameters = addrParameters };
    }

    private static bool HasAngleBracket(string text)
    {
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == '<' && !inQuotes)
            {
                return true;
            }
            else if (c == ';' && !inQuotes)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>display-name = *(token LWS): tokens only, so "Bell, Alexander" is rejected (RFC 4475 §3.1.2.15).</summary>
    private static string? ReadTokenDisplayName(ref SipScanner scanner, string header)
    {
        var words = new List<string>();
        while (!scanner.AtEnd && scanner.Peek != '<')
        {
            var word = scanner.ReadWhile(SipGrammar.IsTokenChar);
            if (word.IsEmpty)
            {
                throw SipParseException.BadRequest($"Malformed {header}: display name must be quoted");
            }

            words.Add(word.ToString());
            scanner.SkipWhitespace();
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }
}
