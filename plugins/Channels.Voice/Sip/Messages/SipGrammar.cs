namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Character classes of the RFC 3261 §25 grammar.</summary>
internal static class SipGrammar
{
    public static bool IsAlphaNum(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsHex(char c) => IsDigit(c) || c is (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    /// <summary>token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~").</summary>
    public static bool IsTokenChar(char c) => IsAlphaNum(c) || c is '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';

    /// <summary>unreserved = alphanum / mark.</summary>
    public static bool IsUnreserved(char c) => IsAlphaNum(c) || c is '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')';

    public static bool IsUserChar(char c) => IsUnreserved(c) || c is '&' or '=' or '+' or '$' or ',' or ';' or '?' or '/';

    public static bool IsPasswordChar(char c) => IsUnreserved(c) || c is '&' or '=' or '+' or '$' or ',';

    public static bool IsParamChar(char c) => IsUnreserved(c) || c is '[' or ']' or '/' or ':' or '&' or '+' or '$';

    public static bool IsHeaderChar(char c) => IsUnreserved(c) || c is '[' or ']' or '/' or '?' or ':' or '+' or '$';

    public static bool IsHostChar(char c) => IsAlphaNum(c) || c is '-' or '.';

    public static bool IsWhitespace(char c) => c is ' ' or '\t';

    public static bool IsToken(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks that every character is allowed or part of a well-formed "%" HEX HEX escape.</summary>
    public static bool IsEscapedRun(ReadOnlySpan<char> value, Func<char, bool> allowed)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !IsHex(value[i + 1]) || !IsHex(value[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses an unsigned decimal, saturating at <paramref name="max"/> + 1 so huge numbers never overflow.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> digits, long max, out long value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!IsDigit(c))
            {
                return false;
            }

            value = Math.Min((value * 10) + (c - '0'), max + 1);
        }

        return true;
    }
}
