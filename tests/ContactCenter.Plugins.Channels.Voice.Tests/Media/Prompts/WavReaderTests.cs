using System.Buffers.Binary;
using ContactCenter.Plugins.Channels.Voice.Media.Codecs;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Prompts;

public sealed class WavReaderTests
{
    [Fact]
    public void Pcm16_Mono8k_SamplesAsWritten()
    {
        var pcm = WavReader.Read(Wav(1, 1, 8000, 16, Pcm16(1000, -1000, short.MaxValue, short.MinValue)), "t.wav");

        Assert.Equal(new short[] { 1000, -1000, short.MaxValue, short.MinValue }, pcm);
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(6, true)]
    public void G711_Mono8k_DecodedLikeTheCodec(ushort format, bool aLaw)
    {
        short[] source = [0, 500, -500, 8000, -8000];
        var encoded = new byte[source.Length];
        G711.Encode(source, encoded, aLaw);
        var expected = new short[source.Length];
        G711.Decode(encoded, expected, aLaw);

        var pcm = WavReader.Read(Wav(format, 1, 8000, 8, encoded), "g711.wav");

        Assert.Equal(expected, pcm);
        Assert.InRange(pcm[4], -8300, -7700);
    }

    [Fact]
    public void ExtraChunks_ListAndFactAndOddPadding_Skipped()
    {
        var wav = Wav(1, 1, 8000, 16, Pcm16(42, 43), ("LIST", [1, 2, 3]), ("fact", [4, 0, 0, 0]));

        Assert.Equal(new short[] { 42, 43 }, WavReader.Read(wav, "x.wav"));
    }

    [Fact]
    public void ShippedPrompts_EveryFileOfBothLanguagesReads()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "prompts");
        var files = Directory.GetFiles(root, "*.wav", SearchOption.AllDirectories);

        Assert.True(files.Length >= 2 * 29, $"{files.Length} prompt files under {root}");
        foreach (var file in files)
        {
            var pcm = WavReader.ReadFile(file);
            Assert.True(pcm.Length > 1600, $"{file}: {pcm.Length} samples");
            Assert.Contains(pcm, s => Math.Abs((int)s) > 1000);
        }
    }

    [Theory]
    [InlineData(1, 1, 16000, 16, "16000 Hz")]
    [InlineData(1, 2, 8000, 16, "2 channels")]
    [InlineData(1, 1, 8000, 8, "8-bit PCM")]
    [InlineData(3, 1, 8000, 32, "audio format 3")]
    [InlineData(0x55, 1, 8000, 0, "audio format 85")]
    public void UnsupportedFormats_RefusedNamingTheFileAndTheReason(ushort format, ushort channels, uint rate, ushort bits, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => WavReader.Read(Wav(format, channels, rate, bits, new byte[16]), "prompts/es/bad.wav"));

        Assert.Contains("prompts/es/bad.wav", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_RefusedWithReason()
    {
        var good = Wav(1, 1, 8000, 16, Pcm16(1, 2, 3));
        var truncated = good[..^2];
        var notRiff = (byte[])good.Clone();
        notRiff[0] = (byte)'X';
        var dataFirst = Wav(1, 1, 8000, 16, Pcm16(1), ("data", [0, 0]));
        var noData = good[..36];
        BinaryPrimitives.WriteUInt32LittleEndian(noData.AsSpan(4), 28);

        Assert.Contains("not a RIFF/WAVE", Reason(notRiff), StringComparison.Ordinal);
        Assert.Contains("truncated", Reason(truncated), StringComparison.Ordinal);
        Assert.Contains("before any fmt", Reason(RemoveFmt(dataFirst)), StringComparison.Ordinal);
        Assert.Contains("no data chunk", Reason(noData), StringComparison.Ordinal);
        Assert.Contains("not a RIFF/WAVE", Reason([]), StringComparison.Ordinal);
        Assert.Contains("odd length", Reason(Wav(1, 1, 8000, 16, [1, 2, 3])), StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => WavReader.ReadFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.wav")));

        static string Reason(byte[] wav) => Assert.Throws<InvalidDataException>(() => WavReader.Read(wav, "f.wav")).Message;
    }

    /// <summary>A WAV whose first chunk after WAVE is an early data chunk (no fmt before it).</summary>
    private static byte[] RemoveFmt(byte[] wav)
    {
        // Layout from Wav(): RIFF header (12), fmt (8 + 16), extra "data" chunk, real data chunk: drop the fmt chunk.
        var withoutFmt = wav[..12].Concat(wav[36..]).ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(withoutFmt.AsSpan(4), (uint)(withoutFmt.Length - 8));
        return withoutFmt;
    }

    internal static byte[] Pcm16(params short[] samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), samples[i]);
        }

        return bytes;
    }

    internal static byte[] Wav(ushort format, ushort channels, uint rate, ushort bits, byte[] data, params (string Id, byte[] Body)[] extra)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(0u);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16u);
        writer.Write(format);
        writer.Write(channels);
        writer.Write(rate);
        writer.Write(rate * channels * (uint)Math.Max(1, bits / 8));
        writer.Write((ushort)(channels * Math.Max(1, bits / 8)));
        writer.Write(bits);
        foreach (var (id, body) in extra)
        {
            writer.Write(System.Text.Encoding.ASCII.GetBytes(id));
            writer.Write((uint)body.Length);
            writer.Write(body);
            if (body.Length % 2 == 1)
            {
                writer.Write((byte)0);
            }
        }

        writer.Write("data"u8);
        writer.Write((uint)data.Length);
        writer.Write(data);
        writer.Flush();
        var wav = stream.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), (uint)(wav.Length - 8));
        return wav;
    }
}
