namespace ContactCenter.Plugins.Channels.Voice.Media.Codecs;

/// <summary>
/// ITU-T G.711 µ-law (PCMU, payload type 0) and A-law (PCMA, payload type 8), table-free: 16-bit linear PCM
/// to 8-bit codes and back, computed from the segment (exponent) and mantissa as the recommendation defines them.
/// </summary>
internal static class G711
{
    private const int MuLawBias = 0x84;
    private const int MuLawClip = 32635;

    public static byte LinearToMuLaw(short pcm)
    {
        int sample = pcm;
        var sign = (sample >> 8) & 0x80;
        if (sign != 0)
        {
            sample = -sample;
        }

        sample = Math.Min(sample, MuLawClip) + MuLawBias;
        var exponent = 7;
        for (var mask = 0x4000; (sample & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }

        var mantissa = (sample >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    public static short MuLawToLinear(byte code)
    {
        var value = ~code & 0xFF;
        var exponent = (value >> 4) & 0x07;
        var mantissa = value & 0x0F;
        var sample = (((mantissa << 3) + MuLawBias) << exponent) - MuLawBias;
        return (short)((value & 0x80) != 0 ? -sample : sample);
    }

    public static byte LinearToALaw(short pcm)
    {
        var value = pcm >> 3;
        int mask;
        if (value >= 0)
        {
            mask = 0xD5;
        }
        else
        {
            mask = 0x55;
            value = -value - 1;
        }

        // Segment = position of the highest set bit above bit 4 (segment ends 0x1F, 0x3F, ... 0xFFF).
        var segment = 0;
        while (segment < 8 && value > (0x20 << segment) - 1)
        {
            segment++;
        }

        if (segment >= 8)
        {
            return (byte)(0x7F ^ mask);
        }

        var code = (segment << 4) | ((segment < 2 ? value >> 1 : value >> segment) & 0x0F);
        return (byte)(code ^ mask);
    }

    public static short ALawToLinear(byte code)
    {
        var value = code ^ 0x55;
        var sample = (value & 0x0F) << 4;
        var segment = (value & 0x70) >> 4;
        sample = segment switch
        {
            0 => sample + 8,
            1 => sample + 0x108,
            _ => (sample + 0x108) << (segment - 1),
        };

        return (short)((value & 0x80) != 0 ? sample : -sample);
    }

    public static void Encode(ReadOnlySpan<short> pcm, Span<byte> encoded, bool aLaw)
    {
        for (var i = 0; i < pcm.Length; i++)
        {
            encoded[i] = aLaw ? LinearToALaw(pcm[i]) : LinearToMuLaw(pcm[i]);
        }
    }

    public static void Decode(ReadOnlySpan<byte> encoded, Span<short> pcm, bool aLaw)
    {
        for (var i = 0; i < encoded.Length; i++)
        {
            pcm[i] = aLaw ? ALawToLinear(encoded[i]) : MuLawToLinear(encoded[i]);
        }
    }
}
