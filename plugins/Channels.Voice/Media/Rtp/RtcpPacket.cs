using System.Buffers.Binary;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>
/// RTCP basics (RFC 3550 §6.4, §6.5, §6.6): builds compound SR or RR packets followed by SDES CNAME (and BYE), and
/// parses SR/RR/SDES/BYE from a received compound packet. Parsing never throws: malformed input gives false.
/// </summary>
internal static class RtcpPacket
{
    public const byte SenderReport = 200;
    public const byte ReceiverReport = 201;
    public const byte SourceDescription = 202;
    public const byte Goodbye = 203;

    public static byte[] Build(RtcpReport report)
    {
        var buffer = new byte[1500];
        var length = 0;
        var block = report.Blocks.Count > 0 ? report.Blocks[0] : null;
        var count = block is null ? 0 : 1;
        var words = (report.IsSenderReport ? 6 : 1) + (6 * count);
        length += Header(buffer.AsSpan(length), count, report.IsSenderReport ? SenderReport : ReceiverReport, words);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(length), report.Ssrc);
        length += 4;
        if (report.IsSenderReport)
        {
            BinaryPrimitives.WriteUInt64BigEndian(buffer.AsSpan(length), report.NtpTimestamp);
            BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(length + 8), report.RtpTimestamp);
            BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(length + 12), report.PacketCount);
            BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(length + 16), report.OctetCount);
            length += 20;
        }

        if (block is not null)
        {
            var span = buffer.AsSpan(length);
            BinaryPrimitives.WriteUInt32BigEndian(span, block.Ssrc);
            BinaryPrimitives.WriteUInt32BigEndian(span[4..], ((uint)block.FractionLost << 24) | ((uint)block.CumulativeLost & 0xFFFFFF));
            BinaryPrimitives.WriteUInt32BigEndian(span[8..], block.HighestSequence);
            BinaryPrimitives.WriteUInt32BigEndian(span[12..], block.Jitter);
            BinaryPrimitives.WriteUInt32BigEndian(span[16..], block.LastSenderReport);
            BinaryPrimitives.WriteUInt32BigEndian(span[20..], block.DelaySinceLastSenderReport);
            length += 24;
        }

        // SDES with one chunk: SSRC, CNAME item, end marker, padded to a 32-bit boundary.
        var cname = Encoding.UTF8.GetBytes(report.CName ?? "cc");
        var chunk = 4 + 2 + cname.Length + 1;
        chunk = (chunk + 3) & ~3;
        length += Header(buffer.AsSpan(length), 1, SourceDescription, chunk / 4);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(length), report.Ssrc);
        buffer[length + 4] = 1;
        buffer[length + 5] = (byte)cname.Length;
        cname.CopyTo(buffer.AsSpan(length + 6));
        length += chunk;
        if (report.Bye)
        {
            length += Header(buffer.AsSpan(length), 1, Goodbye, 1);
            BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(length), report.Ssrc);
            length += 4;
        }

        return buffer[..length];
    }

    public static bool TryParse(ReadOnlySpan<byte> data, out RtcpReport? report)
    {
        report = null;
        uint ssrc = 0;
        var sender = false;
        ulong ntp = 0;
        uint rtp = 0, packets = 0, octets = 0;
        var blocks = new List<RtcpReportBlock>();
        string? cname = null;
        var bye = false;
        while (data.Length > 0)
        {
            if (data.Length < 8 || data[0] >> 6 != 2)
            {
                return false;
            }

            var count = data[0] & 0x1F;
            var size = (BinaryPrimitives.ReadUInt16BigEndian(data[2..]) + 1) * 4;
            if (size > data.Length)
            {
                return false;
            }

            var body = data[4..size];
            switch (data[1])
            {
                case SenderReport or ReceiverReport:
                    sender = data[1] == SenderReport;
                    var fixedSize = sender ? 24 : 4;
                    if (body.Length < fixedSize + (count * 24))
                    {
                        return false;
                    }

                    ssrc = BinaryPrimitives.ReadUInt32BigEndian(body);
                    if (sender)
                    {
                        ntp = BinaryPrimitives.ReadUInt64BigEndian(body[4..]);
                        rtp = BinaryPrimitives.ReadUInt32BigEndian(body[12..]);
                        packets = BinaryPrimitives.ReadUInt32BigEndian(body[16..]);
                        octets = BinaryPrimitives.ReadUInt32BigEndian(body[20..]);
                    }

                    for (var i = 0; i < count; i++)
                    {
                        blocks.Add(ReadBlock(body[(fixedSize + (i * 24))..]));
                    }

                    break;
                case SourceDescription when count > 0 && body.Length >= 6 && body[4] == 1 && body.Length >= 6 + body[5]:
                    cname = Encoding.UTF8.GetString(body.Slice(6, body[5]));
                    break;
                case Goodbye:
                    bye = true;
                    break;
            }

            data = data[size..];
        }

        report = new RtcpReport(ssrc, sender, ntp, rtp, packets, octets, blocks, cname, bye);
        return true;
    }

    private static RtcpReportBlock ReadBlock(ReadOnlySpan<byte> span)
    {
        var lost = BinaryPrimitives.ReadUInt32BigEndian(span[4..]);
        var cumulative = (int)(lost & 0xFFFFFF);
        if ((cumulative & 0x800000) != 0)
        {
            cumulative |= unchecked((int)0xFF000000);
        }

        return new RtcpReportBlock(
            BinaryPrimitives.ReadUInt32BigEndian(span), (byte)(lost >> 24), cumulative, BinaryPrimitives.ReadUInt32BigEndian(span[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(span[12..]), BinaryPrimitives.ReadUInt32BigEndian(span[16..]), BinaryPrimitives.ReadUInt32BigEndian(span[20..]));
    }

    private static int Header(Span<byte> span, int count, byte type, int words)
    {
        span[0] = (byte)(0x80 | count);
        span[1] = type;
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)words);
        return 4;
    }
}
