using System.Buffers.Binary;
using ContactCenter.Plugins.Channels.Voice.Media.Codecs;

namespace ContactCenter.Plugins.Channels.Voice.Media.Prompts;

/// <summary>
/// Reads a prompt WAV into 8 kHz 16-bit PCM: RIFF/WAVE, mono, 8000 Hz, either PCM 16-bit (format 1) or G.711 µ-law (7)
/// / A-law (6), as telephony prompts are recorded. Anything else (other rates, stereo, 8-bit PCM, compressed formats,
/// a truncated or malformed file) is refused with an <see cref="InvalidDataException"/> naming the file: a prompt is
/// never resampled silently into something that plays at the wrong speed.
/// </summary>
internal static class WavReader
{
    public const int SampleRate = 8000;
    private const ushort FormatPcm = 1;
    private const ushort FormatALaw = 6;
    private const ushort FormatMuLaw = 7;
    private const ushort FormatExtensible = 0xFFFE;

    public static short[] ReadFile(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Decodes <paramref name="wav"/>; <paramref name="name"/> is only used in error messages.</summary>
    public static short[] Read(ReadOnlySpan<byte> wav, string name)
    {
        if (wav.Length < 12 || !wav[..4].SequenceEqual("RIFF"u8) || !wav.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            throw Bad(name, "not a RIFF/WAVE file");
        }

        ushort? format = null;
        var offset = 12;
        while (offset + 8 <= wav.Length)
        {
            var id = wav.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(wav.Slice(offset + 4, 4));
            var body = offset + 8;
            if (size > (uint)(wav.Length - body))
            {
                throw Bad(name, $"chunk '{Ascii(id)}' runs past the end of the file (truncated)");
            }

            var chunk = wav.Slice(body, (int)size);
            if (id.SequenceEqual("fmt "u8))
            {
                format = Format(chunk, name);
            }
            else if (id.SequenceEqual("data"u8))
            {
                return format is { } known ? Decode(chunk, known, name) : throw Bad(name, "the data chunk comes before any fmt chunk");
            }

            offset = body + (int)size + (int)(size & 1);
        }

        throw Bad(name, format is null ? "no fmt chunk" : "no data chunk");
    }

    private static ushort Format(ReadOnlySpan<byte> fmt, string name)
    {
        if (fmt.Length < 16)
        {
            throw Bad(name, "fmt chunk shorter than 16 bytes");
        }

        var format = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
        if (format == FormatExtensible && fmt.Length >= 26)
        {
            // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
            format = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]);
        }

        if (channels != 1)
        {
            throw Bad(name, $"{channels} channels; prompts must be mono");
        }

        if (rate != SampleRate)
        {
            throw Bad(name, $"{rate} Hz; prompts must be 8000 Hz (convert with: sox in.wav -r 8000 -c 1 -b 16 out.wav)");
        }

        return (format, bits) switch
        {
            (FormatPcm, 16) or (FormatALaw, 8) or (FormatMuLaw, 8) => format,
            (FormatPcm, _) => throw Bad(name, $"{bits}-bit PCM; prompts must be 16-bit PCM, µ-law or A-law"),
            _ => throw Bad(name, $"audio format {format} ({bits}-bit); prompts must be 16-bit PCM, µ-law or A-law"),
        };
    }

    private static short[] Decode(ReadOnlySpan<byte> data, ushort format, string name)
    {
        if (format == FormatPcm)
        {
            if (data.Length % 2 != 0)
            {
                throw Bad(name, "16-bit data of odd length");
            }

            var pcm = new short[data.Length / 2];
            for (var i = 0; i < pcm.Length; i++)
            {
                pcm[i] = BinaryPrimitives.ReadInt16LittleEndian(data[(2 * i)..]);
            }

            return pcm;
        }

        var samples = new short[data.Length];
        G711.Decode(data, samples, aLaw: format == FormatALaw);
        return samples;
    }

    private static string Ascii(ReadOnlySpan<byte> id)
    {
        Span<char> chars = stackalloc char[id.Length];
        for (var i = 0; i < id.Length; i++)
        {
            chars[i] = id[i] is >= 0x20 and < 0x7F ? (char)id[i] : '?';
        }

        return new string(chars);
    }

    private static InvalidDataException Bad(string name, string reason) => new($"Prompt '{name}' cannot be played: {reason}.");
}
