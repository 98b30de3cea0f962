namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>One reception report block (RFC 3550 §6.4.1) about the source <paramref name="Ssrc"/>.</summary>
internal sealed record RtcpReportBlock(uint Ssrc, byte FractionLost, int CumulativeLost, uint HighestSequence, uint Jitter, uint LastSenderReport, uint DelaySinceLastSenderReport);
