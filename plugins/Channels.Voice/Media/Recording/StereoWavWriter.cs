using System.Buffers.Binary;

namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// A 16-bit, 8 kHz, two-channel PCM WAV (RIFF/WAVE, format tag 1) written frame by frame into fixed-size chunks
/// (left and right samples interleaved; the header at the start of chunk 0). Each chunk is handed over as soon as it
/// is full, so memory stays at one chunk being filled plus a copy of chunk 0, whose header sizes are only known at the
/// end: <see cref="Finish"/> returns chunk 0 with the final sizes and the last, partial chunk.
/// </summary>
internal sealed class StereoWavWriter(Action<int, byte[]> full)
{
    public const int SampleRate = 8000;
    public const int HeaderSize = 44;
    public const int BytesPerSecond = SampleRate * 2 * 2;
    public const int ChunkSize = 64 * 1024;

    private byte[] _current = new byte[ChunkSize];
    private int _filled = HeaderSize;
    private int _index;
    private byte[]? _first;

    public long SamplesPerChannel { get; private set; }

    public TimeSpan Duration => TimeSpan.FromSeconds(SamplesPerChannel / (double)SampleRate);

    /// <summary>The WAV's size so far (header included).</summary>
    public long Length => HeaderSize + (SamplesPerChannel * 4);

    /// <summary>Appends one frame per channel (same length).</summary>
    public void Write(ReadOnlySpan<short> left, ReadOnlySpan<short> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException("Both channels need the same number of samples.", nameof(right));
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (_filled == ChunkSize)
            {
                HandOver();
            }

            // A chunk holds a whole number of sample pairs: 65536 - 44 is a multiple of 4.
            BinaryPrimitives.WriteInt16LittleEndian(_current.AsSpan(_filled), left[i]);
            BinaryPrimitives.WriteInt16LittleEndian(_current.AsSpan(_filled + 2), right[i]);
            _filled += 4;
        }

        SamplesPerChannel += left.Length;
    }

    /// <summary>
    /// Ends the file: chunk 0 with the final header (rewritten when it was already handed over) and the last partial
    /// chunk, if any, with their indexes. No more writes after this.
    /// </summary>
    public IReadOnlyList<(int Index, byte[] Data)> Finish()
    {
        var tail = new List<(int, byte[])>();
        var last = _current.AsSpan(0, _filled).ToArray();
        if (_index == 0)
        {
            WriteHeader(last, Length - HeaderSize);
            tail.Add((0, last));
        }
        else
        {
            WriteHeader(_first, Length - HeaderSize);
            tail.Add((0, _first!));
            if (_filled > 0)
            {
                tail.Add((_index, last));
            }
        }

        _current = [];
        return tail;
    }

    /// <summary>How many chunks the file has so far (the one being filled included).</summary>
    public int Chunks => _index + 1;

    /// <summary>Writes the 44-byte header of a WAV with <paramref name="dataLength"/> bytes of samples.</summary>
    public static void WriteHeader(Span<byte> header, long dataLength)
    {
        var data = (int)Math.Min(dataLength, int.MaxValue - 36);
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], 36 + data);
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 2);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], BytesPerSecond);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], 4);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], data);
    }

    private void HandOver()
    {
        if (_index == 0)
        {
            // Written with the sizes so far, so a recording cut short by a crash is already a WAV; rewritten at the end.
            WriteHeader(_current, ChunkSize - HeaderSize);
            _first = (byte[])_current.Clone();
        }

        full(_index, _current);
        _index++;
        _current = new byte[ChunkSize];
        _filled = 0;
    }
}
