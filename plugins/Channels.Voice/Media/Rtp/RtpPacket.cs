using System.Buffers.Binary;

namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>
/// An RTP packet (RFC 3550 §5.1): the fixed header, CSRCs and header extension skipped, padding removed. Parsing
/// never throws: a packet that is not valid RTP version 2 gives false.
/// </summary>
internal readonly record struct RtpPacket(bool Marker, byte PayloadType, ushort Sequence, uint Timestamp, uint Ssrc, ReadOnlyMemory<byte> Payload)
{
    public const int HeaderSize = 12;

    public static bool TryParse(ReadOnlyMemory<byte> data, out RtpPacket packet)
    {
        packet = default;
        var span = data.Span;
        if (span.Length < HeaderSize || span[0] >> 6 != 2)
        {
            return false;
        }

        var offset = HeaderSize + ((span[0] & 0x0F) * 4);
        if ((span[0] & 0x10) != 0)
        {
            if (span.Length < offset + 4)
            {
                return false;
            }

            offset += 4 + (BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 2)..]) * 4);
        }

        var end = span.Length;
        if ((span[0] & 0x20) != 0)
        {
            end -= span[^1];
        }

        if (offset > end)
        {
            return false;
        }

        packet = new RtpPacket(
            (span[1] & 0x80) != 0, (byte)(span[1] & 0x7F), BinaryPrimitives.ReadUInt16BigEndian(span[2..]),
            BinaryPrimitives.ReadUInt32BigEndian(span[4..]), BinaryPrimitives.ReadUInt32BigEndian(span[8..]), data[offset..end]);
        return true;
    }

    /// <summary>Writes the packet (no CSRC, no extension, no padding) and returns its length.</summary>
    public int WriteTo(Span<byte> destination)
    {
        destination[0] = 0x80;
        destination[1] = (byte)((Marker ? 0x80 : 0) | (PayloadType & 0x7F));
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], Sequence);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], Ssrc);
        Payload.Span.CopyTo(destination[HeaderSize..]);
        return HeaderSize + Payload.Length;
    }
}
