using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// DIDs as the mapping keys them: E.164 (<c>+34911234567</c>). The dialled user may arrive as <c>+34911234567</c>,
/// <c>0034911234567</c>, <c>tel:</c> form or with separators; a trunk with a <c>countryCode</c> also turns its
/// national form (<c>911234567</c>, or <c>0911234567</c> with <c>nationalPrefix</c> "0") into E.164. Anything else
/// (a line name, an extension on a trunk without a country) is null.
/// </summary>
internal static class VoiceDid
{
    public static string? Normalise(string? dialled, string? countryCode = null, string? nationalPrefix = null)
    {
        if (VoicePhoneNumber.Normalise(dialled) is not { } number)
        {
            return null;
        }

        if (number.StartsWith('+'))
        {
            return number;
        }

        if (countryCode is null)
        {
            return null;
        }

        var national = nationalPrefix is { Length: > 0 } && number.StartsWith(nationalPrefix, StringComparison.Ordinal) ? number[nationalPrefix.Length..] : number;
        return VoicePhoneNumber.Normalise("+" + countryCode + national);
    }
}
