using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>
/// The ciphertext format, version 1: <c>01 | data key id (8) | nonce (12) | ciphertext | tag (16)</c>, AES-256-GCM.
/// The associated data is the 21-byte header followed by the UTF-8 context, so flipping any bit of the header, moving
/// the value to another context or naming another key fails authentication.
/// </summary>
internal static class Envelope
{
    public const byte Version1 = 1;
    public const int KeyIdSize = 8;
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int HeaderSize = 1 + KeyIdSize + NonceSize;
    public const int Overhead = HeaderSize + TagSize;
    public const int KeySize = 32;

    // Contexts are short paths; longer ones go through a rented buffer.
    private const int StackLimit = 512;

    public static byte[] Seal(ulong keyId, ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, string context)
    {
        var envelope = new byte[Overhead + plaintext.Length];
        envelope[0] = Version1;
        BinaryPrimitives.WriteUInt64BigEndian(envelope.AsSpan(1, KeyIdSize), keyId);
        RandomNumberGenerator.Fill(envelope.AsSpan(1 + KeyIdSize, NonceSize));
        var length = AssociatedLength(context);
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        var associated = rented is null ? stackalloc byte[StackLimit] : rented;
        try
        {
            WriteAssociatedData(associated, envelope.AsSpan(0, HeaderSize), context);
            using var aes = new AesGcm(key, TagSize);
            aes.Encrypt(
                envelope.AsSpan(1 + KeyIdSize, NonceSize),
                plaintext,
                envelope.AsSpan(HeaderSize, plaintext.Length),
                envelope.AsSpan(HeaderSize + plaintext.Length, TagSize),
                associated[..length]);
        }
        finally
        {
            Return(rented);
        }

        return envelope;
    }

    /// <summary>Reads the data key id of an envelope, or says why it is not one.</summary>
    public static bool TryReadKeyId(ReadOnlySpan<byte> envelope, out ulong keyId, out string problem)
    {
        keyId = 0;
        if (envelope.Length < Overhead)
        {
            problem = "the value is too short to be encrypted data (truncated or not encrypted)";
            return false;
        }

        if (envelope[0] != Version1)
        {
            problem = $"unknown envelope version {envelope[0]}";
            return false;
        }

        keyId = BinaryPrimitives.ReadUInt64BigEndian(envelope.Slice(1, KeyIdSize));
        problem = string.Empty;
        return true;
    }

    /// <summary>Decrypts an envelope whose key id was read with <see cref="TryReadKeyId"/>; a failed tag throws <see cref="DataTamperedException"/>.</summary>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> envelope, string context)
    {
        var plaintext = new byte[envelope.Length - Overhead];
        var length = AssociatedLength(context);
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        var associated = rented is null ? stackalloc byte[StackLimit] : rented;
        try
        {
            WriteAssociatedData(associated, envelope[..HeaderSize], context);
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(
                envelope.Slice(1 + KeyIdSize, NonceSize),
                envelope.Slice(HeaderSize, plaintext.Length),
                envelope.Slice(HeaderSize + plaintext.Length, TagSize),
                plaintext,
                associated[..length]);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException ex)
        {
            CryptographicOperations.ZeroMemory(plaintext);
            throw new DataTamperedException(context, "the authentication tag does not match (altered data, or another context)", ex);
        }
        finally
        {
            Return(rented);
        }
    }

    private static int AssociatedLength(string context) => HeaderSize + Encoding.UTF8.GetByteCount(context);

    private static void WriteAssociatedData(Span<byte> destination, ReadOnlySpan<byte> header, string context)
    {
        header.CopyTo(destination);
        Encoding.UTF8.GetBytes(context, destination[HeaderSize..]);
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
