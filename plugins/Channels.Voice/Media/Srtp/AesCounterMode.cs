using System.Security.Cryptography;

namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// AES in counter mode as SRTP defines it (RFC 3711 §4.1.1): block j of the keystream is AES(IV + j), the counter in
/// the IV's last 16 bits; the keystream is XORed onto the data in place. Counter blocks are encrypted in batches with
/// ECB on stack buffers, so a packet costs no allocation.
/// </summary>
internal static class AesCounterMode
{
    private const int Batch = 16;

    public static void Apply(Aes aes, ReadOnlySpan<byte> iv, Span<byte> data)
    {
        Span<byte> counters = stackalloc byte[16 * Batch];
        Span<byte> keystream = stackalloc byte[16 * Batch];
        var block = 0;
        for (var offset = 0; offset < data.Length; offset += counters.Length)
        {
            var length = Math.Min(counters.Length, data.Length - offset);
            var blocks = (length + 15) / 16;
            for (var i = 0; i < blocks; i++, block++)
            {
                var counter = counters.Slice(i * 16, 16);
                iv[..16].CopyTo(counter);
                var low = (ushort)(((iv[14] << 8) | iv[15]) + block);
                counter[14] = (byte)(low >> 8);
                counter[15] = (byte)low;
            }

            aes.EncryptEcb(counters[..(blocks * 16)], keystream[..(blocks * 16)], PaddingMode.None);
            var chunk = data.Slice(offset, length);
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] ^= keystream[i];
            }
        }
    }
}
