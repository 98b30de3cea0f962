namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>One received packet's decoded audio with the timing a jitter buffer orders it by.</summary>
/// <param name="Ssrc">The packet's synchronisation source.</param>
/// <param name="Timestamp">The RTP timestamp of the first sample (8 kHz).</param>
/// <param name="Samples">Decoded 16-bit PCM; only valid during the event (the session reuses the buffer).</param>
/// <param name="Arrival">When it arrived, in 8 kHz sample units of the session's clock.</param>
internal readonly record struct RtpAudio(uint Ssrc, uint Timestamp, ReadOnlyMemory<short> Samples, long Arrival);
