using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// One direction of an SRTP session (RFC 3711) under one master key: protects what we send (encrypt, then append
/// the tag) or unprotects what arrives (tag checked in constant time before anything else, replays dropped, then
/// decrypted in place). RTP is indexed by ROC·2^16 + SEQ, RTCP by the 31-bit SRTCP index with the E flag set.
/// </summary>
internal sealed class SrtpContext : IDisposable
{
    private const int MaxStreams = 8;
    private readonly SrtpSuite _suite;
    private readonly SrtpSessionKeys _keys;
    private readonly Lock _lock = new();
    private readonly Dictionary<uint, SrtpReplayWindow> _rtpStreams = [];
    private readonly Dictionary<uint, SrtpReplayWindow> _rtcpStreams = [];
    private uint _sendRoc;
    private ushort _lastSentSequence;
    private bool _sentAny;
    private uint _rtcpIndex;

    public SrtpContext(SrtpSuite suite, ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> masterSalt)
    {
        _suite = suite;
        _keys = new SrtpSessionKeys(masterKey, masterSalt);
    }

    public SrtpSuite Suite => _suite;

    /// <summary>Packets protected or unprotected successfully.</summary>
    public long Packets { get; private set; }

    /// <summary>Packets dropped because their tag did not verify (or they were too short to carry one).</summary>
    public long AuthenticationFailures { get; private set; }

    /// <summary>Packets dropped as replays (or older than the window).</summary>
    public long Replays { get; private set; }

    /// <summary>The sender's rollover counter (SRTP packets sent wrap the 16-bit sequence every 65,536).</summary>
    public uint RolloverCounter => _sendRoc;

    /// <summary>
    /// Protects the RTP packet in <paramref name="buffer"/>[0..<paramref name="length"/>] in place and returns the
    /// SRTP length (the tag appended): the buffer needs room for <see cref="SrtpSuite.RtpTagLength"/> more bytes.
    /// </summary>
    public int ProtectRtp(Span<byte> buffer, int length)
    {
        var header = HeaderLength(buffer[..length]);
        if (header < 0 || buffer.Length < length + _suite.RtpTagLength)
        {
            throw new ArgumentException("Not an RTP packet, or no room for the SRTP tag.", nameof(buffer));
        }

        var sequence = BinaryPrimitives.ReadUInt16BigEndian(buffer[2..]);
        var ssrc = BinaryPrimitives.ReadUInt32BigEndian(buffer[8..]);
        lock (_lock)
        {
            var roc = SenderRoc(sequence);
            Crypt(_keys.RtpCipher, _keys.RtpSalt, ssrc, ((ulong)roc << 16) | sequence, buffer[header..length]);
            Tag(_keys.RtpAuth, buffer[..length], roc, buffer.Slice(length, _suite.RtpTagLength), withRoc: true);
            Packets++;
        }

        return length + _suite.RtpTagLength;
    }

    /// <summary>
    /// Checks and decrypts the SRTP packet in <paramref name="buffer"/> in place; returns the RTP length, or -1 when
    /// it is dropped (too short, bad tag, replayed): nothing else changes then.
    /// </summary>
    public int UnprotectRtp(Span<byte> buffer)
    {
        var length = buffer.Length - _suite.RtpTagLength;
        var header = length < 12 ? -1 : HeaderLength(buffer[..length]);
        lock (_lock)
        {
            if (header < 0)
            {
                AuthenticationFailures++;
                return -1;
            }

            var sequence = BinaryPrimitives.ReadUInt16BigEndian(buffer[2..]);
            var ssrc = BinaryPrimitives.ReadUInt32BigEndian(buffer[8..]);
            var window = Window(_rtpStreams, ssrc);
            if (window.EstimateIndex(sequence) is not ulong index || window.IsReplayed(index))
            {
                Replays++;
                return -1;
            }

            Span<byte> tag = stackalloc byte[_suite.RtpTagLength];
            Tag(_keys.RtpAuth, buffer[..length], (uint)(index >> 16), tag, withRoc: true);
            if (!CryptographicOperations.FixedTimeEquals(tag, buffer.Slice(length, _suite.RtpTagLength)))
            {
                AuthenticationFailures++;
                return -1;
            }

            Crypt(_keys.RtpCipher, _keys.RtpSalt, ssrc, index, buffer[header..length]);
            Remember(_rtpStreams, ssrc, window).Accept(index);
            Packets++;
        }

        return length;
    }

    /// <summary>
    /// Protects the compound RTCP packet in <paramref name="buffer"/>[0..<paramref name="length"/>]: all but the
    /// first 8 bytes encrypted, then E‖SRTCP index and the 80-bit tag appended (14 more bytes); returns the length.
    /// </summary>
    public int ProtectRtcp(Span<byte> buffer, int length)
    {
        if (length < 8 || buffer.Length < length + 4 + SrtpSuite.RtcpTagLength)
        {
            throw new ArgumentException("Not an RTCP packet, or no room for the SRTCP trailer.", nameof(buffer));
        }

        var ssrc = BinaryPrimitives.ReadUInt32BigEndian(buffer[4..]);
        lock (_lock)
        {
            var index = _rtcpIndex;
            _rtcpIndex = (_rtcpIndex + 1) & 0x7FFFFFFF;
            Crypt(_keys.RtcpCipher, _keys.RtcpSalt, ssrc, index, buffer[8..length]);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[length..], 0x80000000 | index);
            Tag(_keys.RtcpAuth, buffer[..(length + 4)], 0, buffer.Slice(length + 4, SrtpSuite.RtcpTagLength), withRoc: false);
            Packets++;
        }

        return length + 4 + SrtpSuite.RtcpTagLength;
    }

    /// <summary>Checks and (when the E flag says so) decrypts an SRTCP packet in place; the RTCP length or -1.</summary>
    public int UnprotectRtcp(Span<byte> buffer)
    {
        var length = buffer.Length - 4 - SrtpSuite.RtcpTagLength;
        lock (_lock)
        {
            if (length < 8)
            {
                AuthenticationFailures++;
                return -1;
            }

            var word = BinaryPrimitives.ReadUInt32BigEndian(buffer[length..]);
            var index = word & 0x7FFFFFFF;
            var ssrc = BinaryPrimitives.ReadUInt32BigEndian(buffer[4..]);
            var window = Window(_rtcpStreams, ssrc);
            if (window.IsReplayed(index))
            {
                Replays++;
                return -1;
            }

            Span<byte> tag = stackalloc byte[SrtpSuite.RtcpTagLength];
            Tag(_keys.RtcpAuth, buffer[..(length + 4)], 0, tag, withRoc: false);
            if (!CryptographicOperations.FixedTimeEquals(tag, buffer.Slice(length + 4, SrtpSuite.RtcpTagLength)))
            {
                AuthenticationFailures++;
                return -1;
            }

            if ((word & 0x80000000) != 0)
            {
                Crypt(_keys.RtcpCipher, _keys.RtcpSalt, ssrc, index, buffer[8..length]);
            }

            Remember(_rtcpStreams, ssrc, window).Accept(index);
            Packets++;
        }

        return length;
    }

    public void Dispose() => _keys.Dispose();

    /// <summary>The RTP header's length (fixed part, CSRCs, extension), or -1 when it is not RTP version 2.</summary>
    private static int HeaderLength(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < 12 || packet[0] >> 6 != 2)
        {
            return -1;
        }

        var header = 12 + ((packet[0] & 0x0F) * 4);
        if ((packet[0] & 0x10) != 0)
        {
            if (packet.Length < header + 4)
            {
                return -1;
            }

            header += 4 + (BinaryPrimitives.ReadUInt16BigEndian(packet[(header + 2)..]) * 4);
        }

        return header <= packet.Length ? header : -1;
    }

    /// <summary>IV = (k_s·2^16) XOR (SSRC·2^64) XOR (index·2^16) (RFC 3711 §4.1.1), then the AES-CM keystream.</summary>
    private static void Crypt(Aes cipher, byte[] salt, uint ssrc, ulong index, Span<byte> data)
    {
        Span<byte> iv = stackalloc byte[16];
        salt.CopyTo(iv);
        iv[14] = 0;
        iv[15] = 0;
        Span<byte> word = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(word, ssrc);
        for (var i = 0; i < 4; i++)
        {
            iv[4 + i] ^= word[i];
        }

        BinaryPrimitives.WriteUInt64BigEndian(word, index);
        for (var i = 0; i < 6; i++)
        {
            iv[8 + i] ^= word[2 + i];
        }

        AesCounterMode.Apply(cipher, iv, data);
    }

    /// <summary>HMAC-SHA1 over the authenticated portion (and the ROC for SRTP), truncated to the tag's length.</summary>
    private static void Tag(IncrementalHash hmac, ReadOnlySpan<byte> authenticated, uint roc, Span<byte> tag, bool withRoc)
    {
        hmac.AppendData(authenticated);
        if (withRoc)
        {
            Span<byte> rollover = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(rollover, roc);
            hmac.AppendData(rollover);
        }

        Span<byte> full = stackalloc byte[20];
        hmac.GetHashAndReset(full);
        full[..tag.Length].CopyTo(tag);
    }

    private static SrtpReplayWindow Window(Dictionary<uint, SrtpReplayWindow> streams, uint ssrc) =>
        streams.TryGetValue(ssrc, out var window) ? window : new SrtpReplayWindow();

    /// <summary>Keeps the window of an authenticated stream; a peer changing SSRC often does not grow this forever.</summary>
    private static SrtpReplayWindow Remember(Dictionary<uint, SrtpReplayWindow> streams, uint ssrc, SrtpReplayWindow window)
    {
        if (!streams.ContainsKey(ssrc))
        {
            if (streams.Count >= MaxStreams)
            {
                streams.Clear();
            }

            streams[ssrc] = window;
        }

        return window;
    }

    /// <summary>Our ROC for <paramref name="sequence"/>: bumped when the sequence wraps, one less for a late packet from before the wrap.</summary>
    private uint SenderRoc(ushort sequence)
    {
        if (!_sentAny)
        {
            _sentAny = true;
            _lastSentSequence = sequence;
            return _sendRoc;
        }

        if (sequence < _lastSentSequence && _lastSentSequence - sequence > 0x8000)
        {
            _sendRoc++;
            _lastSentSequence = sequence;
            return _sendRoc;
        }

        if (sequence > _lastSentSequence && sequence - _lastSentSequence > 0x8000)
        {
            return _sendRoc == 0 ? 0 : _sendRoc - 1;
        }

        if (sequence > _lastSentSequence)
        {
            _lastSentSequence = sequence;
        }

        return _sendRoc;
    }
}
