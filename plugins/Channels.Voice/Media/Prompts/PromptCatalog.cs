namespace ContactCenter.Plugins.Channels.Voice.Media.Prompts;

/// <summary>
/// The prompts a call can hear, per language: <c>{root}/{language}/{name}.wav</c> (e.g. <c>prompts/es/greeting.wav</c>),
/// decoded once at start into 8 kHz PCM by <see cref="WavReader"/>. Names and languages are case-insensitive. A file
/// that is not a playable prompt stops the load with an error naming it, so a bad prompt is found at start, not
/// during a call. Numbers are the prompts named <c>1</c>..<c>20</c>.
/// </summary>
internal sealed class PromptCatalog
{
    private readonly Dictionary<string, Dictionary<string, short[]>> _prompts;

    private PromptCatalog(Dictionary<string, Dictionary<string, short[]>> prompts) => _prompts = prompts;

    /// <summary>No prompts at all (a plugin package without a prompts folder).</summary>
    public static PromptCatalog Empty { get; } = new(new Dictionary<string, Dictionary<string, short[]>>(StringComparer.OrdinalIgnoreCase));

    public IReadOnlyCollection<string> Languages => _prompts.Keys;

    /// <summary>Loads every <c>*.wav</c> of every language folder under <paramref name="root"/>; a missing root is an empty catalogue.</summary>
    public static PromptCatalog Load(string root)
    {
        if (!Directory.Exists(root))
        {
            return Empty;
        }

        var prompts = new Dictionary<string, Dictionary<string, short[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var language = new Dictionary<string, short[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in Directory.EnumerateFiles(folder, "*.wav").Order(StringComparer.Ordinal))
            {
                language[Path.GetFileNameWithoutExtension(file)] = WavReader.ReadFile(file);
            }

            prompts[Path.GetFileName(folder)] = language;
        }

        return new PromptCatalog(prompts);
    }

    public bool Contains(string language, string name) => _prompts.TryGetValue(language, out var names) && names.ContainsKey(name);

    /// <summary>The prompt's PCM, or null when the language or the prompt is unknown.</summary>
    public short[]? Find(string language, string name) =>
        _prompts.TryGetValue(language, out var names) && names.TryGetValue(name, out var pcm) ? pcm : null;

    /// <summary>The prompt's PCM; an unknown one is an error naming it.</summary>
    public short[] Get(string language, string name) =>
        Find(language, name) ?? throw new KeyNotFoundException($"No prompt '{name}' in language '{language}'.");
}
