namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Splits a comma-separated header value at top-level commas (not inside quotes or angle brackets).</summary>
internal static class SipValueSplitter
{
    public static List<string> Split(string value, string header)
    {
        var parts = new List<string>();
        var start = 0;
        var inQuotes = false;
        var inAngle = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (inQuotes)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == '<')
            {
                inAngle = true;
            }
            else if (c == '>')
            {
                inAngle = false;
            }
            else if (c == ',' && !inAngle)
            {
                parts.Add(Element(value, start, i, header));
                start = i + 1;
            }
        }

        if (inQuotes)
        {
            throw SipParseException.BadRequest($"Malformed {header}: unterminated quoted string");
        }

        parts.Add(Element(value, start, value.Length, header));
        return parts;
    }

    private static string Element(string value, int start, int end, string header)
    {
        var element = value[start..end].Trim(' ', '\t');
        if (element.Length == 0)
        {
            throw SipParseException.BadRequest($"Malformed {header}: empty value in list");
        }

        return element;
    }
}
