namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>
/// Reception statistics for one source (RFC 3550 §6.4.1, appendix A.1/A.3/A.8): extended highest sequence,
/// cumulative and fractional loss, and interarrival jitter in timestamp units.
/// </summary>
internal sealed class RtpReceiveStatistics
{
    private ushort _maxSequence;
    private uint _cycles;
    private uint _baseSequence;
    private long _received;
    private long _expectedPrior;
    private long _receivedPrior;
    private double _jitter;
    private long _lastTransit;
    private bool _started;

    public uint Ssrc { get; private set; }

    public long Received => _received;

    public uint ExtendedHighest => _cycles + _maxSequence;

    public void OnPacket(in RtpPacket packet, long arrivalInTimestampUnits)
    {
        if (!_started)
        {
            _started = true;
            Ssrc = packet.Ssrc;
            _maxSequence = packet.Sequence;
            _baseSequence = packet.Sequence;
        }
        else if (packet.Sequence < _maxSequence && _maxSequence - packet.Sequence > 0x8000)
        {
            _cycles += 0x10000;
            _maxSequence = packet.Sequence;
        }
        else if (packet.Sequence > _maxSequence)
        {
            _maxSequence = packet.Sequence;
        }

        _received++;
        var transit = arrivalInTimestampUnits - packet.Timestamp;
        if (_received > 1)
        {
            _jitter += (Math.Abs(transit - _lastTransit) - _jitter) / 16;
        }

        _lastTransit = transit;
    }

    public RtcpReportBlock? Report()
    {
        if (!_started)
        {
            return null;
        }

        var expected = (long)ExtendedHighest - _baseSequence + 1;
        var lost = Math.Clamp(expected - _received, -0x800000, 0x7FFFFF);
        var expectedInterval = expected - _expectedPrior;
        var lostInterval = expectedInterval - (_received - _receivedPrior);
        _expectedPrior = expected;
        _receivedPrior = _received;
        var fraction = expectedInterval <= 0 || lostInterval <= 0 ? 0 : (byte)Math.Min(255, (lostInterval << 8) / expectedInterval);
        return new RtcpReportBlock(Ssrc, (byte)fraction, (int)lost, ExtendedHighest, (uint)_jitter, 0, 0);
    }
}
