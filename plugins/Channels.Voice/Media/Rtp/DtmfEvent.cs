using System.Buffers.Binary;

namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>An RFC 4733 telephone-event payload (§2.3): event, end bit, volume and duration in timestamp units.</summary>
internal readonly record struct DtmfEvent(byte Event, bool End, byte Volume, ushort Duration)
{
    public const int Size = 4;

    private const string Digits = "0123456789*#ABCD";

    /// <summary>The DTMF digit for events 0-15 (RFC 4733 §3.2), or null for other events.</summary>
    public char? Digit => Event < Digits.Length ? Digits[Event] : null;

    public static byte EventFor(char digit)
    {
        var index = Digits.IndexOf(char.ToUpperInvariant(digit), StringComparison.Ordinal);
        return index < 0 ? throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit (0-9, *, #, A-D).") : (byte)index;
    }

    public static bool TryParse(ReadOnlySpan<byte> payload, out DtmfEvent dtmf)
    {
        dtmf = default;
        if (payload.Length < Size)
        {
            return false;
        }

        dtmf = new DtmfEvent(payload[0], (payload[1] & 0x80) != 0, (byte)(payload[1] & 0x3F), BinaryPrimitives.ReadUInt16BigEndian(payload[2..]));
        return true;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        bytes[0] = Event;
        bytes[1] = (byte)((End ? 0x80 : 0) | (Volume & 0x3F));
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), Duration);
        return bytes;
    }
}
