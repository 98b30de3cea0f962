using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;

/// <summary>
/// What a caller of one service line hears before an agent (plugin configuration <c>ivr:{line}</c>): an optional
/// greeting, an optional DTMF menu (digit → queue; no choice → the line's queue), then music on hold with a position
/// and estimated-wait announcement every <see cref="AnnounceInterval"/>. Prompts are names in the prompt catalogue.
/// </summary>
internal sealed record VoiceLineFlow
{
    public required string Line { get; init; }

    /// <summary>Prompt language folder (<c>es</c>, <c>en</c>).</summary>
    public string Language { get; init; } = "es";

    public string? Greeting { get; init; }

    /// <summary>The menu prompt, played when <see cref="Menu"/> has choices.</summary>
    public string MenuPrompt { get; init; } = "menu";

    /// <summary>Digit → queue id; empty means no menu.</summary>
    public IReadOnlyDictionary<char, string> Menu { get; init; } = new Dictionary<char, string>();

    public TimeSpan MenuTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times the menu is replayed after an invalid digit or no input before the default queue.</summary>
    public int MenuRetries { get; init; } = 2;

    /// <summary>Played once when the call enters its queue (none: straight to the music).</summary>
    public string? HoldPrompt { get; init; } = "hold";

    /// <summary>A prompt to loop as music on hold instead of the generated melody.</summary>
    public string? HoldMusic { get; init; }

    /// <summary>Music between announcements of position and estimated wait; zero: no announcements.</summary>
    public TimeSpan AnnounceInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Every prompt the flow names (checked against the catalogue at start).</summary>
    public IEnumerable<string> Prompts =>
        new[] { Greeting, Menu.Count > 0 ? MenuPrompt : null, Menu.Count > 0 ? "invalid" : null, HoldPrompt, HoldMusic }.OfType<string>();

    public static VoiceLineFlow From(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var line = section.Key;
        var defaults = new VoiceLineFlow { Line = line };
        var menu = new Dictionary<char, string>();
        foreach (var choice in section.GetSection("menu").GetChildren())
        {
            if (choice.Key.Length != 1 || !"0123456789*#".Contains(choice.Key[0], StringComparison.Ordinal) || string.IsNullOrEmpty(choice.Value))
            {
                throw new InvalidOperationException($"Voice: ivr.{line}.menu.{choice.Key} must be one DTMF digit (0-9, *, #) mapped to a queue id.");
            }

            menu[choice.Key[0]] = choice.Value;
        }

        return new VoiceLineFlow
        {
            Line = line,
            Language = Name(section, "language") ?? defaults.Language,
            Greeting = Name(section, "greeting"),
            MenuPrompt = Name(section, "menuPrompt") ?? defaults.MenuPrompt,
            Menu = menu,
            MenuTimeout = TimeSpan.FromSeconds(Number(section, "menuTimeoutSeconds", 1, 60, (int)defaults.MenuTimeout.TotalSeconds)),
            MenuRetries = Number(section, "menuRetries", 0, 5, defaults.MenuRetries),
            HoldPrompt = section["holdPrompt"] is { } hold ? (hold.Length == 0 ? null : Name(section, "holdPrompt")) : defaults.HoldPrompt,
            HoldMusic = Name(section, "holdMusic"),
            AnnounceInterval = TimeSpan.FromSeconds(Number(section, "announceSeconds", 0, 600, (int)defaults.AnnounceInterval.TotalSeconds)),
        };
    }

    private static string? Name(IConfigurationSection section, string key)
    {
        var value = section[key];
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // Names are file names in the prompts folder: no paths.
        return value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? value
            : throw new InvalidOperationException($"Voice: ivr.{section.Key}.{key} '{value}' must be a prompt name (letters, digits, - and _).");
    }

    private static int Number(IConfigurationSection section, string key, int min, int max, int fallback) =>
        VoiceSettingNumbers.Read(section, key, $"ivr.{section.Key}.{key}", min, max, fallback);
}
