using System.Globalization;
using System.Text;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Storage.LiteDb.Keys;

/// <summary>
/// Turns <see cref="IndexValue"/>s into strings whose ordinal order is exactly <see cref="IndexValue.CompareTo"/>, so
/// that a LiteDB index over them (the file's collation is ordinal) orders documents as the reference provider does.
/// </summary>
/// <remarks>
/// <para>
/// A value becomes a kind letter (<c>a</c> null, <c>b</c> string, <c>c</c> number, <c>d</c> boolean) followed by a
/// sortable body: the text, 16 hex digits of an order-preserving transform of the double, or <c>0</c>/<c>1</c>.
/// LiteDB orders index entries by key only, so the document id is appended after a <c>\0</c> terminator: the
/// composite key orders by value, then by id, which is the tie-break every query uses.
/// </para>
/// <para>
/// The body is escaped so the terminator stays the smallest character and the key is prefix-free: <c>\0</c> and
/// <c>\1</c> become two characters starting with <c>\1</c>; UTF-16 surrogates (LiteDB stores strings as UTF-8,
/// where a lone surrogate would be replaced) become two characters starting with <c>\uD7FF</c>, which is itself
/// escaped. Every mapping keeps ordinal order.
/// </para>
/// <para>
/// LiteDB refuses index keys over 1,023 bytes. A longer key is stored truncated in the index and in full beside it;
/// readers sort index entries that share a truncated key by the full key, and check every bound on the full key.
/// </para>
/// </remarks>
internal static class SortKeys
{
    /// <summary>The most UTF-8 bytes stored in an index key.</summary>
    public const int MaxIndexedBytes = 1000;

    /// <summary>The fewest characters a truncated key keeps (escaped keys have no surrogates: at most 3 bytes a character).</summary>
    public const int MinTruncatedLength = MaxIndexedBytes / 3;

    /// <summary>The terminator between a value and the id.</summary>
    public const char Terminator = '\0';

    /// <summary>The escaped value: compares like <see cref="IndexValue.CompareTo"/>.</summary>
    public static string Value(IndexValue value)
    {
        var builder = new StringBuilder();
        switch (value.Kind)
        {
            case IndexValueKind.Null:
                builder.Append('a');
                break;
            case IndexValueKind.String:
                builder.Append('b');
                Escape(builder, value.Text!);
                break;
            case IndexValueKind.Number:
                builder.Append('c').Append(SortableNumber(value.Number));
                break;
            default:
                builder.Append('d').Append(value.Boolean ? '1' : '0');
                break;
        }

        return builder.ToString();
    }

    /// <summary>The key of a document for an indexed field: value, terminator, id.</summary>
    public static string Composite(IndexValue value, string id)
    {
        var builder = new StringBuilder(Value(value)).Append(Terminator);
        Escape(builder, id);
        return builder.ToString();
    }

    /// <summary>
    /// The key of a document for ordering by id. The id's index value is normalised (an ISO 8601 instant becomes UTC),
    /// so two ids can share a value; only then does the raw id follow as the tie-break, which keeps common keys short.
    /// </summary>
    public static string IdKey(string id)
    {
        var value = IndexValue.FromString(id);
        var builder = new StringBuilder(Value(value)).Append(Terminator);
        if (value.Text != id || IsNormalizedInstant(id))
        {
            Escape(builder, id);
        }

        return builder.ToString();
    }

    /// <summary>The value part of a full key (everything before the terminator).</summary>
    public static string ValuePart(string key)
    {
        var end = key.IndexOf(Terminator, StringComparison.Ordinal);
        return end < 0 ? key : key[..end];
    }

    /// <summary>The key as stored in a LiteDB index: unchanged, or cut to <see cref="MaxIndexedBytes"/>.</summary>
    public static string Indexed(string key)
    {
        var bytes = 0;
        for (var i = 0; i < key.Length; i++)
        {
            bytes += key[i] < 0x80 ? 1 : key[i] < 0x800 ? 2 : 3;
            if (bytes > MaxIndexedBytes)
            {
                return key[..i];
            }
        }

        return key;
    }

    /// <summary>A lower bound that every stored (possibly truncated) key at or above <paramref name="bound"/> still meets.</summary>
    public static string LowerBound(string bound) => bound.Length > MinTruncatedLength ? bound[..MinTruncatedLength] : bound;

    private static string SortableNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "0000000000000000";
        }

        // -0 equals 0 for IndexValue; flipping the sign bit (positives) or every bit (negatives) orders doubles as integers.
        var bits = BitConverter.DoubleToInt64Bits(number == 0 ? 0d : number);
        var sortable = bits >= 0 ? (ulong)bits | 0x8000_0000_0000_0000UL : ~(ulong)bits;
        return sortable.ToString("X16", CultureInfo.InvariantCulture);
    }

    private static void Escape(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\0':
                    builder.Append('\u0001').Append('\u0001');
                    break;
                case '\u0001':
                    builder.Append('\u0001').Append('\u0002');
                    break;
                case '\uD7FF':
                    builder.Append('\uD7FF').Append('\u0010');
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    builder.Append('\uD7FF').Append((char)(0x20 + (c - 0xD800)));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }

    private static bool IsNormalizedInstant(string id) =>
        id.Length == 28 && DateTimeOffset.TryParseExact(id, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
}
