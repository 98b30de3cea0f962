namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Scalar header values: Max-Forwards, delta-seconds, Date, Call-ID.</summary>
internal static class SipHeaderValues
{
    private static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Max-Forwards = 1*DIGIT, 0 to 255 (leading zeros allowed, RFC 4475 §3.1.1.1).</summary>
    public static int? ParseMaxForwards(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!SipGrammar.TryParseDecimal(value.AsSpan().Trim(), 255, out var hops) || hops > 255)
        {
            throw SipParseException.BadRequest("Malformed Max-Forwards");
        }

        return (int)hops;
    }

    /// <summary>delta-seconds = 1*DIGIT; values beyond 2^32-1 saturate there (RFC 3261 §25.1, RFC 4475 §3.1.2.4).</summary>
    public static long? ParseDeltaSeconds(string? value, string header)
    {
        if (value is null)
        {
            return null;
        }

        if (!SipGrammar.TryParseDecimal(value.AsSpan().Trim(), uint.MaxValue, out var seconds))
        {
            throw SipParseException.BadRequest($"Malformed {header}");
        }

        return Math.Min(seconds, uint.MaxValue);
    }

    /// <summary>SIP-date = rfc1123-date, and the only time zone allowed is GMT (RFC 3261 §20.17, RFC 4475 §3.1.2.12).</summary>
    public static void CheckDate(string? value)
    {
        if (value is null)
        {
            return;
        }

        // "Sat, 15 Oct 2005 04:44:56 GMT"
        var span = value.AsSpan().Trim();
        var valid = span.Length == 29
            && Weekdays.Contains(span[..3].ToString()) && span[3] == ',' && span[4] == ' '
            && IsDigits(span.Slice(5, 2)) && span[7] == ' ' && Months.Contains(span.Slice(8, 3).ToString())
            && span[11] == ' ' && IsDigits(span.Slice(12, 4)) && span[16] == ' '
            && IsDigits(span.Slice(17, 2)) && span[19] == ':' && IsDigits(span.Slice(20, 2)) && span[22] == ':'
            && IsDigits(span.Slice(23, 2)) && span.EndsWith(" GMT", StringComparison.Ordinal);
        if (!valid)
        {
            throw SipParseException.BadRequest("Malformed Date (time zone must be GMT)");
        }
    }

    /// <summary>callid = word [ "@" word ]: no whitespace, not empty.</summary>
    public static void CheckCallId(string value)
    {
        if (value.Length == 0 || value.Any(c => c <= ' ' || c == (char)0x7F))
        {
            throw SipParseException.BadRequest("Malformed Call-ID");
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!SipGrammar.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
