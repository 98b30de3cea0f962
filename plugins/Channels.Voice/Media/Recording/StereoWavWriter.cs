using System.Buffers.Binary;

namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// A 16-bit, 8 kHz, two-channel PCM WAV (RIFF/WAVE, format tag 1) written frame by frame into memory: left and right
/// samples interleaved; the RIFF and data sizes are set when <see cref="ToArray"/> is called.
/// </summary>
internal sealed class StereoWavWriter : IDisposable
{
    public const int SampleRate = 8000;
    public const int HeaderSize = 44;

    private readonly MemoryStream _data = new();

    public long SamplesPerChannel { get; private set; }

    public TimeSpan Duration => TimeSpan.FromSeconds(SamplesPerChannel / (double)SampleRate);

    /// <summary>Appends one frame per channel (same length).</summary>
    public void Write(ReadOnlySpan<short> left, ReadOnlySpan<short> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException("Both channels need the same number of samples.", nameof(right));
        }

        Span<byte> pair = stackalloc byte[4];
        for (var i = 0; i < left.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(pair, left[i]);
            BinaryPrimitives.WriteInt16LittleEndian(pair[2..], right[i]);
            _data.Write(pair);
        }

        SamplesPerChannel += left.Length;
    }

    public void Dispose() => _data.Dispose();

    public byte[] ToArray()
    {
        var data = _data.ToArray();
        var wav = new byte[HeaderSize + data.Length];
        var header = wav.AsSpan();
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], 36 + data.Length);
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 2);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], SampleRate * 2 * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], 4);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], data.Length);
        data.CopyTo(wav, HeaderSize);
        return wav;
    }
}
