using ContactCenter.Plugins.Channels.Voice.Media.Codecs;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Codecs;

/// <summary>Known G.711 vectors (ITU-T G.711 tables; same values as the reference Sun/CCITT implementation).</summary>
public sealed class G711Tests
{
    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(-1, 0x7F)]
    [InlineData(32767, 0x80)]
    [InlineData(-32768, 0x00)]
    [InlineData(1000, 0xCE)]
    [InlineData(-1000, 0x4E)]
    public void LinearToMuLaw_KnownVectors(short pcm, byte expected) => Assert.Equal(expected, G711.LinearToMuLaw(pcm));

    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x80, 32124)]
    [InlineData(0x00, -32124)]
    [InlineData(0xCE, 988)]
    public void MuLawToLinear_KnownVectors(byte code, short expected) => Assert.Equal(expected, G711.MuLawToLinear(code));

    [Theory]
    [InlineData(0, 0xD5)]
    [InlineData(-1, 0x55)]
    [InlineData(32767, 0xAA)]
    [InlineData(-32768, 0x2A)]
    [InlineData(1000, 0xFA)]
    public void LinearToALaw_KnownVectors(short pcm, byte expected) => Assert.Equal(expected, G711.LinearToALaw(pcm));

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    [InlineData(0xFA, 1008)]
    public void ALawToLinear_KnownVectors(byte code, short expected) => Assert.Equal(expected, G711.ALawToLinear(code));

    [Fact]
    public void EveryCode_DecodesAndReencodesToItself()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal((byte)code, G711.LinearToALaw(G711.ALawToLinear((byte)code)));

            // 0x7F is µ-law's negative zero: it decodes to 0, which encodes as positive zero 0xFF.
            Assert.Equal(code == 0x7F ? (byte)0xFF : (byte)code, G711.LinearToMuLaw(G711.MuLawToLinear((byte)code)));
        }
    }

    [Fact]
    public void Encode_IsMonotonicAndCloseToInput()
    {
        for (int pcm = short.MinValue; pcm <= short.MaxValue; pcm += 7)
        {
            var sample = (short)pcm;
            var tolerance = Math.Max(16, Math.Abs(pcm) / 16);
            Assert.InRange(G711.MuLawToLinear(G711.LinearToMuLaw(sample)), pcm - tolerance, pcm + tolerance);
            Assert.InRange(G711.ALawToLinear(G711.LinearToALaw(sample)), pcm - tolerance, pcm + tolerance);
        }
    }
}
