using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// Session-Expires and Min-SE (RFC 4028 §4, §5): <c>Session-Expires: 1800;refresher=uac</c>, <c>Min-SE: 90</c>.
/// Values are delta-seconds with generic parameters; a malformed value, or a refresher other than uac/uas, is a
/// <see cref="SipParseException"/> carrying 400.
/// </summary>
internal sealed record SipSessionTimer(long Seconds, string? Refresher)
{
    /// <summary>RFC 4028's floor for Session-Expires and Min-SE.</summary>
    public const int AbsoluteMinimumSeconds = 90;

    public static SipSessionTimer? ParseSessionExpires(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var (seconds, parameters) = Split(value, SipHeaderNames.SessionExpires);
        string? refresher = null;
        foreach (var parameter in parameters)
        {
            var pair = parameter.Split('=', 2);
            if (pair[0].Trim().Equals("refresher", StringComparison.OrdinalIgnoreCase))
            {
                refresher = pair.Length == 2 ? pair[1].Trim().ToLowerInvariant() : null;
                if (refresher is not ("uac" or "uas"))
                {
                    throw SipParseException.BadRequest("Malformed Session-Expires refresher");
                }
            }
        }

        return new SipSessionTimer(seconds, refresher);
    }

    public static long? ParseMinSe(string? value) => value is null ? null : Split(value, SipHeaderNames.MinSe).Seconds;

    public override string ToString() =>
        Refresher is null ? Seconds.ToString(CultureInfo.InvariantCulture) : $"{Seconds.ToString(CultureInfo.InvariantCulture)};refresher={Refresher}";

    private static (long Seconds, string[] Parameters) Split(string value, string header)
    {
        var parts = value.Split(';');
        var seconds = SipHeaderValues.ParseDeltaSeconds(parts[0], header)!.Value;
        if (seconds == 0 || parts.Skip(1).Any(p => p.Trim().Length == 0))
        {
            throw SipParseException.BadRequest($"Malformed {header}");
        }

        return (seconds, parts[1..]);
    }
}
