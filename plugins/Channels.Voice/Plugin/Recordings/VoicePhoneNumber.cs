namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>
/// Phone numbers as recordings are searched by: E.164 (<c>+</c> and 6-15 digits) when the number is international
/// (<c>+34 600-111-222</c>, <c>0034600111222</c>, <c>tel:+34600111222</c>), else the bare digits (a national number or
/// an extension, kept as dialled: no country is assumed). Visual separators (space, <c>-</c>, <c>.</c>, parentheses) are
/// dropped, as RFC 3966 allows. Anything else (letters, a SIP user name) is not a number.
/// </summary>
internal static class VoicePhoneNumber
{
    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 64)
        {
            return null;
        }

        var text = raw.Trim();
        if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        var international = text.StartsWith('+');
        Span<char> digits = stackalloc char[text.Length];
        var count = 0;
        foreach (var c in international ? text.AsSpan(1) : text.AsSpan())
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        var number = digits[..count];
        if (!international && number.StartsWith("00"))
        {
            international = true;
            number = number[2..];
        }

        return international
            ? number.Length is >= 6 and <= 15 && number[0] != '0' ? "+" + new string(number) : null
            : number.Length is >= 2 and <= 15 ? new string(number) : null;
    }
}
