using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Storage;

/// <summary>
/// The value of an indexed field, with the comparison every provider applies: missing/null sorts first, then
/// strings (ordinal), then numbers, then booleans. Date-times written in ISO 8601 with an offset are normalised to
/// UTC, so that instants compare correctly whatever offset they were written with.
/// </summary>
public readonly partial record struct IndexValue : IComparable<IndexValue>
{
    private IndexValue(IndexValueKind kind, string? text, double number, bool boolean)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Boolean = boolean;
    }

    /// <summary>The value's kind.</summary>
    public IndexValueKind Kind { get; }

    /// <summary>The text, for <see cref="IndexValueKind.String"/>.</summary>
    public string? Text { get; }

    /// <summary>The number, for <see cref="IndexValueKind.Number"/>.</summary>
    public double Number { get; }

    /// <summary>The boolean, for <see cref="IndexValueKind.Boolean"/>.</summary>
    public bool Boolean { get; }

    /// <summary>A missing or null value.</summary>
    public static IndexValue Null { get; } = new(IndexValueKind.Null, null, 0, false);

    /// <summary>A string value (normalised if it is an ISO 8601 date-time with offset).</summary>
    public static IndexValue FromString(string value) => new(IndexValueKind.String, NormalizeText(value), 0, false);

    /// <summary>A number value.</summary>
    public static IndexValue FromNumber(double value) => new(IndexValueKind.Number, null, value, false);

    /// <summary>A boolean value.</summary>
    public static IndexValue FromBoolean(bool value) => new(IndexValueKind.Boolean, null, 0, value);

    /// <summary>The value at <paramref name="path"/> (dotted camelCase) in a document.</summary>
    /// <param name="document">The document root.</param>
    /// <param name="path">The field path, e.g. <c>customer.phone</c>.</param>
    /// <returns>The value; <see cref="Null"/> when missing, null, an object or an array.</returns>
    public static IndexValue Extract(JsonElement document, string path)
    {
        var current = document;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return Null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => FromString(current.GetString()!),
            JsonValueKind.Number => FromNumber(current.GetDouble()),
            JsonValueKind.True => FromBoolean(true),
            JsonValueKind.False => FromBoolean(false),
            _ => Null,
        };
    }

    /// <summary>The index value of a filter operand given by a caller.</summary>
    /// <param name="value">A string, number, boolean, <see cref="DateTimeOffset"/> or UTC <see cref="DateTime"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidRequestException">Any other type.</exception>
    public static IndexValue FromOperand(object? value) => value switch
    {
        null => Null,
        string s => FromString(s),
        bool b => FromBoolean(b),
        DateTimeOffset d => new(IndexValueKind.String, FormatInstant(d), 0, false),
        DateTime { Kind: DateTimeKind.Utc } d => new(IndexValueKind.String, FormatInstant(new DateTimeOffset(d)), 0, false),
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal =>
            FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        JsonElement e => e.ValueKind switch
        {
            JsonValueKind.String => FromString(e.GetString()!),
            JsonValueKind.Number => FromNumber(e.GetDouble()),
            JsonValueKind.True => FromBoolean(true),
            JsonValueKind.False => FromBoolean(false),
            JsonValueKind.Null => Null,
            _ => throw Unsupported(e.ValueKind.ToString()),
        },
        _ => throw Unsupported(value.GetType().Name),
    };

    /// <inheritdoc />
    public int CompareTo(IndexValue other)
    {
        if (Kind != other.Kind)
        {
            return Kind.CompareTo(other.Kind);
        }

        return Kind switch
        {
            IndexValueKind.String => string.CompareOrdinal(Text, other.Text),
            IndexValueKind.Number => Number.CompareTo(other.Number),
            IndexValueKind.Boolean => Boolean.CompareTo(other.Boolean),
            _ => 0,
        };
    }

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(IndexValue left, IndexValue right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(IndexValue left, IndexValue right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(IndexValue left, IndexValue right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(IndexValue left, IndexValue right) => left.CompareTo(right) >= 0;

    /// <summary>Formats an instant the way indexed date-times are stored: UTC, seven fractional digits, <c>Z</c>.</summary>
    public static string FormatInstant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string NormalizeText(string value) =>
        IsoInstant().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? FormatInstant(instant)
            : value;

    private static InvalidRequestException Unsupported(string type) =>
        new("filter", $"A filter value must be a string, number, boolean or DateTimeOffset, not {type}.");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInstant();
}

/// <summary>The kinds of <see cref="IndexValue"/>, in sort order.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "JSON's own names for its value kinds.")]
public enum IndexValueKind
{
    /// <summary>Missing or null.</summary>
    Null = 0,

    /// <summary>A string.</summary>
    String = 1,

    /// <summary>A number.</summary>
    Number = 2,

    /// <summary>A boolean.</summary>
    Boolean = 3,
}
