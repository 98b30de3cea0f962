using System.Buffers.Binary;
using System.Security.Cryptography;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Srtp;

/// <summary>SRTP and SRTCP between a sending and a receiving context sharing one master key.</summary>
public sealed class SrtpContextTests : IDisposable
{
    private static readonly byte[] MasterKey = Convert.FromHexString("E1F97A0D3E018BE0D64FA32C06DE4139");
    private static readonly byte[] MasterSalt = Convert.FromHexString("0EC675AD498AFEEBB6960B3AABE6");
    private readonly SrtpContext _sender;
    private readonly SrtpContext _receiver;

    public SrtpContextTests()
    {
        _sender = new SrtpContext(SrtpSuite.AesCm128HmacSha1_80, MasterKey, MasterSalt);
        _receiver = new SrtpContext(SrtpSuite.AesCm128HmacSha1_80, MasterKey, MasterSalt);
    }

    public void Dispose()
    {
        _sender.Dispose();
        _receiver.Dispose();
    }

    [Theory]
    [InlineData("AES_CM_128_HMAC_SHA1_80", 10)]
    [InlineData("AES_CM_128_HMAC_SHA1_32", 4)]
    public void Rtp_RoundTrip_EncryptsPayloadOnly_AppendsTag(string suiteName, int tagLength)
    {
        var suite = SrtpSuite.Find(suiteName)!;
        using var sender = new SrtpContext(suite, MasterKey, MasterSalt);
        using var receiver = new SrtpContext(suite, MasterKey, MasterSalt);
        var plain = Rtp(1234, 0x11223344);
        var buffer = Protect(sender, plain);

        Assert.Equal(plain.Length + tagLength, buffer.Length);
        Assert.Equal(plain[..12], buffer[..12]);
        Assert.NotEqual(plain[12..], buffer[12..plain.Length]);
        Assert.Equal(plain.Length, receiver.UnprotectRtp(buffer));
        Assert.Equal(plain, buffer[..plain.Length]);
        Assert.Equal(1, receiver.Packets);
    }

    [Fact]
    public void Rtp_TagAndCiphertext_MatchAnIndependentComputation()
    {
        var plain = Rtp(7, 0xCAFEBABE);
        var buffer = Protect(_sender, plain);

        // Session keys of RFC 3711 B.3, the IV of §4.1.1 (ROC 0, SEQ 7), the tag over the packet and the ROC.
        var sessionKey = Convert.FromHexString("C61E7A93744F39EE10734AFE3FF7A087");
        var iv = Convert.FromHexString("30CBBC08863D8C85D49DB34A9AE10000");
        BinaryPrimitives.WriteUInt32BigEndian(iv.AsSpan(4), BinaryPrimitives.ReadUInt32BigEndian(iv.AsSpan(4)) ^ 0xCAFEBABE);
        iv[13] ^= 7;
        using var aes = Aes.Create();
        aes.Key = sessionKey;
        var keystream = new byte[16];
        var expected = plain.ToArray();
        for (var block = 0; block * 16 < plain.Length - 12; block++)
        {
            iv[15] = (byte)block;
            aes.EncryptEcb(iv, keystream, PaddingMode.None);
            for (var i = 0; i < 16 && 12 + (block * 16) + i < plain.Length; i++)
            {
                expected[12 + (block * 16) + i] ^= keystream[i];
            }
        }

        var authKey = Convert.FromHexString("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4");
#pragma warning disable CA5350 // RFC 3711's SRTP authentication is HMAC-SHA1 by definition.
        var tag = HMACSHA1.HashData(authKey, expected.Concat(new byte[4]).ToArray())[..10];
#pragma warning restore CA5350
        Assert.Equal(expected, buffer[..plain.Length]);
        Assert.Equal(tag, buffer[plain.Length..]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(-1)]
    public void Rtp_Tampered_DroppedAndCounted_StreamCarriesOn(int flip)
    {
        var plain = Rtp(100, 1);
        var buffer = Protect(_sender, plain);
        var position = flip < 0 ? buffer.Length - 1 : flip;
        buffer[position] ^= 0x01;
        var before = buffer.ToArray();

        Assert.Equal(-1, _receiver.UnprotectRtp(buffer));
        Assert.Equal(before, buffer);
        Assert.Equal(1, _receiver.AuthenticationFailures);
        Assert.Equal(0, _receiver.Packets);

        var next = Rtp(101, 1);
        Assert.Equal(next.Length, _receiver.UnprotectRtp(Protect(_sender, next)));
    }

    [Fact]
    public void Rtp_TooShortOrNotRtp_DroppedWithoutThrowing()
    {
        Assert.Equal(-1, _receiver.UnprotectRtp(new byte[5]));
        Assert.Equal(-1, _receiver.UnprotectRtp(new byte[40]));
        Assert.Equal(2, _receiver.AuthenticationFailures);
    }

    [Fact]
    public void Rtp_Replayed_Dropped_OutOfOrderInsideWindowAccepted()
    {
        var packets = Enumerable.Range(0, 100).Select(i => Protect(_sender, Rtp((ushort)(500 + i), 9))).ToList();
        foreach (var packet in packets.Skip(1))
        {
            Assert.True(_receiver.UnprotectRtp(packet.ToArray()) > 0);
        }

        Assert.Equal(-1, _receiver.UnprotectRtp(packets[99].ToArray()));
        Assert.Equal(-1, _receiver.UnprotectRtp(packets[0].ToArray()));
        Assert.Equal(2, _receiver.Replays);

        var late = Protect(_sender, Rtp(700, 9));
        var later = Protect(_sender, Rtp(701, 9));
        Assert.True(_receiver.UnprotectRtp(later) > 0);
        Assert.True(_receiver.UnprotectRtp(late) > 0);
        Assert.Equal(0, _receiver.AuthenticationFailures);
    }

    [Fact]
    public void Rtp_SequenceWraps_RocAdvancesOnBothSides_LateAndEarlyPacketsDecrypt()
    {
        var sequences = new ushort[] { 65530, 65531, 65532, 65533, 65534, 0, 65535, 1, 2, 3 };
        var packets = sequences.Select(s => (Sequence: s, Srtp: Protect(_sender, Rtp(s, 3)))).ToList();

        foreach (var (sequence, srtp) in packets)
        {
            var length = _receiver.UnprotectRtp(srtp);
            Assert.True(length > 0, $"sequence {sequence} was dropped");
            Assert.Equal(Rtp(sequence, 3), srtp[..length]);
        }

        Assert.Equal(1u, _sender.RolloverCounter);
        Assert.Equal(0, _receiver.AuthenticationFailures);

        // A packet whose sequence the receiver maps to the wrong ROC cannot verify: the ROC is in the tag.
        using var fresh = new SrtpContext(SrtpSuite.AesCm128HmacSha1_80, MasterKey, MasterSalt);
        Assert.Equal(-1, fresh.UnprotectRtp(packets[^1].Srtp.ToArray()));
    }

    [Fact]
    public void ReplayWindow_EstimatesRocAsRfc3711AppendixA()
    {
        var window = new SrtpReplayWindow();
        Assert.Equal(10ul, window.EstimateIndex(10));
        window.Accept((3ul << 16) | 100);

        Assert.Equal((3ul << 16) | 200, window.EstimateIndex(200));
        Assert.Equal((2ul << 16) | 65000, window.EstimateIndex(65000));
        window.Accept((3ul << 16) | 65000);
        Assert.Equal((4ul << 16) | 5, window.EstimateIndex(5));
        Assert.Equal((3ul << 16) | 40000, window.EstimateIndex(40000));

        var start = new SrtpReplayWindow();
        start.Accept(10);
        Assert.Null(start.EstimateIndex(60000));
    }

    [Fact]
    public void Rtcp_RoundTrip_EFlagAndIndex_TamperAndReplayDropped()
    {
        var report = new RtcpReport(0xABCDEF01, true, 42, 1000, 10, 1600, [], "cc-test", false);
        var plain = RtcpPacket.Build(report);
        var first = ProtectRtcp(_sender, plain);
        var second = ProtectRtcp(_sender, plain);

        Assert.Equal(plain.Length + 14, first.Length);
        Assert.Equal(plain[..8], first[..8]);
        Assert.NotEqual(plain[8..], first[8..plain.Length]);
        Assert.Equal(0x80000000u, BinaryPrimitives.ReadUInt32BigEndian(first.AsSpan(plain.Length)));
        Assert.Equal(0x80000001u, BinaryPrimitives.ReadUInt32BigEndian(second.AsSpan(plain.Length)));

        var tampered = second.ToArray();
        tampered[10] ^= 0x40;
        Assert.Equal(-1, _receiver.UnprotectRtcp(tampered));
        Assert.Equal(1, _receiver.AuthenticationFailures);

        Assert.Equal(plain.Length, _receiver.UnprotectRtcp(first));
        Assert.Equal(plain, first[..plain.Length]);
        Assert.True(RtcpPacket.TryParse(first.AsSpan(0, plain.Length), out var parsed));
        Assert.Equal("cc-test", parsed!.CName);

        Assert.Equal(-1, _receiver.UnprotectRtcp(ProtectRtcp(_sender, plain).AsSpan(0, 5)));
        var recorded = second.ToArray();
        Assert.Equal(plain.Length, _receiver.UnprotectRtcp(second));
        Assert.Equal(-1, _receiver.UnprotectRtcp(recorded));
        Assert.Equal(1, _receiver.Replays);
    }

    [Fact]
    public void Session_EachSideSendsWithItsOwnKey()
    {
        var ours = SrtpSession.NewKeySalt();
        var theirs = SrtpSession.NewKeySalt();
        using var local = new SrtpSession(SrtpSuite.AesCm128HmacSha1_32, ours, theirs);
        using var remote = new SrtpSession(SrtpSuite.AesCm128HmacSha1_32, theirs, ours);
        var plain = Rtp(1, 77);

        Assert.Equal(plain.Length, remote.Inbound.UnprotectRtp(Protect(local.Outbound, plain)));
        Assert.Equal(-1, local.Inbound.UnprotectRtp(Protect(local.Outbound, Rtp(2, 77))));
        Assert.Throws<ArgumentException>(() => new SrtpSession(SrtpSuite.AesCm128HmacSha1_80, new byte[29], theirs));
    }

    private static byte[] Rtp(ushort sequence, uint ssrc)
    {
        var payload = new byte[160];
        for (var i = 0; i < payload.Length; i++)
        {
            payload[i] = (byte)(i * 7);
        }

        var buffer = new byte[RtpPacket.HeaderSize + payload.Length];
        new RtpPacket(false, 0, sequence, 8000u * sequence, ssrc, payload).WriteTo(buffer);
        return buffer;
    }

    private static byte[] Protect(SrtpContext context, byte[] plain)
    {
        var buffer = new byte[plain.Length + 10];
        plain.CopyTo(buffer, 0);
        return buffer[..context.ProtectRtp(buffer, plain.Length)];
    }

    private static byte[] ProtectRtcp(SrtpContext context, byte[] plain)
    {
        var buffer = new byte[plain.Length + 14];
        plain.CopyTo(buffer, 0);
        return buffer[..context.ProtectRtcp(buffer, plain.Length)];
    }
}
