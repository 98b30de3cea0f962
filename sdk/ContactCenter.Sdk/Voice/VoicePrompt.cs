namespace ContactCenter.Sdk.Voice;

/// <summary>What to play: a prompt of the voice plugin's catalogue by name and language, or a WAV file's bytes.</summary>
public sealed record VoicePrompt
{
    private VoicePrompt()
    {
    }

    /// <summary>The catalogue prompt's name (letters, digits, <c>-</c>, <c>_</c>), when named.</summary>
    public string? Name { get; private init; }

    /// <summary>The catalogue language folder (<c>es</c>, <c>en</c>), when named.</summary>
    public string? Language { get; private init; }

    /// <summary>A WAV file (PCM16, µ-law or A-law, 8 kHz mono), when given as bytes.</summary>
    public ReadOnlyMemory<byte> Wav { get; private init; }

    /// <summary>A prompt of the catalogue.</summary>
    /// <param name="name">The prompt's name.</param>
    /// <param name="language">The language folder.</param>
    /// <returns>The prompt.</returns>
    public static VoicePrompt Named(string name, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return new() { Name = name, Language = language };
    }

    /// <summary>A WAV file's bytes.</summary>
    /// <param name="wav">The file (PCM16, µ-law or A-law, 8 kHz mono).</param>
    /// <returns>The prompt.</returns>
    public static VoicePrompt FromWav(ReadOnlyMemory<byte> wav) =>
        wav.IsEmpty ? throw new ArgumentException("A WAV prompt needs bytes.", nameof(wav)) : new() { Wav = wav };
}
