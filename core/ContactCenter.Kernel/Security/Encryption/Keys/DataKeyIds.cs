using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>Data key ids: 8 random bytes in each ciphertext's header, 16 lower-case hex characters in text.</summary>
internal static class DataKeyIds
{
    public static ulong New()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BinaryPrimitives.ReadUInt64BigEndian(bytes);
    }

    public static string Format(ulong id) => id.ToString("x16", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out ulong id) =>
        ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id) && text.Length == 16;
}
