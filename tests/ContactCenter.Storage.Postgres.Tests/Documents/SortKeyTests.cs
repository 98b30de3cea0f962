using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres.Documents;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

public sealed class SortKeyTests
{
    private static readonly IndexValue[] Values =
    [
        IndexValue.Null,
        IndexValue.FromString(string.Empty),
        IndexValue.FromString("A"),
        IndexValue.FromString("Z"),
        IndexValue.FromString("a"),
        IndexValue.FromString("ab"),
        IndexValue.FromString("abc"),
        IndexValue.FromString("Ángel"),
        IndexValue.FromString("Ñandú"),
        IndexValue.FromString("ñandú"),
        IndexValue.FromString("árbol"),
        IndexValue.FromString("2026-03-01T10:00:00-06:00"),
        IndexValue.FromString("2026-03-01T15:59:59Z"),
        IndexValue.FromNumber(double.NaN),
        IndexValue.FromNumber(double.NegativeInfinity),
        IndexValue.FromNumber(double.MinValue),
        IndexValue.FromNumber(-1e-300),
        IndexValue.FromNumber(-2.5),
        IndexValue.FromNumber(-1),
        IndexValue.FromNumber(-0.0),
        IndexValue.FromNumber(0),
        IndexValue.FromNumber(double.Epsilon),
        IndexValue.FromNumber(1),
        IndexValue.FromNumber(2.5),
        IndexValue.FromNumber(1e300),
        IndexValue.FromNumber(double.PositiveInfinity),
        IndexValue.FromBoolean(false),
        IndexValue.FromBoolean(true),
    ];

    [Fact]
    public void Encode_AnyTwoValues_ByteOrderIsIndexValueOrder()
    {
        foreach (var left in Values)
        {
            foreach (var right in Values)
            {
                var expected = Math.Sign(left.CompareTo(right));
                var actual = Math.Sign(SortKey.Encode(left).AsSpan().SequenceCompareTo(SortKey.Encode(right)));
                Assert.True(expected == actual, $"{Describe(left)} vs {Describe(right)}: index order {expected}, key order {actual}");
            }
        }
    }

    [Fact]
    public void Decode_EncodedValue_ReturnsEqualValue()
    {
        foreach (var value in Values)
        {
            Assert.Equal(0, SortKey.Decode(SortKey.Encode(value)).CompareTo(value));
        }
    }

    [Fact]
    public void Encode_InstantsWithDifferentOffsets_SameKey()
    {
        var costaRica = SortKey.Encode(IndexValue.FromString("2026-03-01T10:00:00-06:00"));
        var utc = SortKey.Encode(IndexValue.FromString("2026-03-01T16:00:00.0000000Z"));

        Assert.Equal(utc, costaRica);
    }

    [Fact]
    public void Decode_UnknownKind_Throws()
    {
        Assert.Throws<InvalidDataException>(() => SortKey.Decode([9, 1]));
        Assert.Throws<InvalidDataException>(() => SortKey.Decode([]));
    }

    [Fact]
    public void Bounds_EveryKeyOfAKind_LiesBetweenItsBounds()
    {
        foreach (var value in Values)
        {
            var key = SortKey.Encode(value);
            Assert.True(key.AsSpan().SequenceCompareTo(SortKey.LowerBound(value.Kind)) >= 0);
            Assert.True(key.AsSpan().SequenceCompareTo(SortKey.UpperBound(value.Kind)) < 0);
        }
    }

    private static string Describe(IndexValue value) => $"{value.Kind}:{value.Text}{value.Number}{value.Boolean}";
}
