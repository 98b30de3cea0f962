namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>
/// What a compound RTCP packet said: sender info when it was an SR (NTP and RTP timestamps, packet and octet counts),
/// the reception report blocks, the CNAME, and whether it carried a BYE.
/// </summary>
internal sealed record RtcpReport(uint Ssrc, bool IsSenderReport, ulong NtpTimestamp, uint RtpTimestamp, uint PacketCount, uint OctetCount, IReadOnlyList<RtcpReportBlock> Blocks, string? CName, bool Bye);
