using System.Buffers.Binary;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>
/// Encodes an <see cref="IndexValue"/> as bytes whose byte-wise order (PostgreSQL's <c>bytea</c> comparison) is the
/// shared index order: a kind byte (Null 0, String 1, Number 2, Boolean 3), then the value. Strings are their UTF-16
/// code units, big-endian, so byte order is exactly <see cref="string.CompareOrdinal(string, string)"/> order (UTF-8
/// and <c>COLLATE "C"</c> give code-point order, which differs from it when a character above U+FFFF meets one in
/// U+E000–U+FFFF, e.g. an emoji against U+FFFD); numbers are IEEE 754 doubles with the sign bit flipped (positives)
/// or every bit flipped (negatives), so that they sort numerically as unsigned big-endian bytes.
/// One <c>bytea</c> column then serves filters, ordering and keyset paging with one B-tree index.
/// </summary>
internal static class SortKey
{
    private static readonly byte[] NullKey = [(byte)IndexValueKind.Null];

    /// <summary>The key of <paramref name="value"/>.</summary>
    public static byte[] Encode(IndexValue value)
    {
        switch (value.Kind)
        {
            case IndexValueKind.String:
                var bytes = new byte[1 + (value.Text!.Length * 2)];
                bytes[0] = (byte)IndexValueKind.String;
                WriteUtf16(value.Text, bytes.AsSpan(1));
                return bytes;
            case IndexValueKind.Number:
                var number = new byte[9];
                number[0] = (byte)IndexValueKind.Number;
                BinaryPrimitives.WriteUInt64BigEndian(number.AsSpan(1), OrderedBits(value.Number));
                return number;
            case IndexValueKind.Boolean:
                return [(byte)IndexValueKind.Boolean, value.Boolean ? (byte)1 : (byte)0];
            default:
                return NullKey;
        }
    }

    /// <summary>The value a key encodes (used to write continuation tokens).</summary>
    public static IndexValue Decode(ReadOnlySpan<byte> key)
    {
        if (key.IsEmpty)
        {
            throw new InvalidDataException("An empty index key was read from the store.");
        }

        return (IndexValueKind)key[0] switch
        {
            IndexValueKind.Null => IndexValue.Null,
            IndexValueKind.String => IndexValue.FromString(ReadUtf16(key[1..])),
            IndexValueKind.Number => IndexValue.FromNumber(NumberFromBits(BinaryPrimitives.ReadUInt64BigEndian(key[1..]))),
            IndexValueKind.Boolean => IndexValue.FromBoolean(key[1] != 0),
            _ => throw new InvalidDataException($"Index key kind {key[0]} is unknown."),
        };
    }

    /// <summary>The tie-breaking key of a document id: its UTF-16 code units, so ties sort as <see cref="string.CompareOrdinal(string, string)"/>.</summary>
    public static byte[] IdOrder(string id)
    {
        var bytes = new byte[id.Length * 2];
        WriteUtf16(id, bytes);
        return bytes;
    }

    /// <summary>The smallest key of <paramref name="kind"/>: every key of that kind is greater or equal.</summary>
    public static byte[] LowerBound(IndexValueKind kind) => [(byte)kind];

    /// <summary>A key greater than every key of <paramref name="kind"/>.</summary>
    public static byte[] UpperBound(IndexValueKind kind) => [(byte)(kind + 1)];

    private static void WriteUtf16(string text, Span<byte> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[(2 * i)..], text[i]);
        }
    }

    private static string ReadUtf16(ReadOnlySpan<byte> source)
    {
        if (source.Length % 2 != 0)
        {
            throw new InvalidDataException("A string index key has an odd number of bytes.");
        }

        var chars = new char[source.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)BinaryPrimitives.ReadUInt16BigEndian(source[(2 * i)..]);
        }

        return new string(chars);
    }

    private static ulong OrderedBits(double number)
    {
        if (double.IsNaN(number))
        {
            // double.CompareTo puts NaN below every number, -Infinity included.
            return 0;
        }

        // -0.0 and 0.0 compare equal, so they share one key.
        var bits = (ulong)BitConverter.DoubleToInt64Bits(number == 0 ? 0.0 : number);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double NumberFromBits(ulong ordered)
    {
        if (ordered == 0)
        {
            return double.NaN;
        }

        var bits = (ordered & 0x8000_0000_0000_0000UL) != 0 ? ordered & 0x7FFF_FFFF_FFFF_FFFFUL : ~ordered;
        return BitConverter.Int64BitsToDouble((long)bits);
    }
}
