using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>Whole-number settings of the plugin's configuration: absent → the default; out of range or not a number → refused naming the key.</summary>
internal static class VoiceSettingNumbers
{
    public static int Read(IConfiguration configuration, string key, string name, int min, int max, int fallback)
    {
        if (configuration[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"Voice: {name} '{text}' must be {min}-{max}.");
    }
}
