namespace ContactCenter.Storage.LiteDb.Keys;

/// <summary>An inclusive range of stored index keys to scan; exact bounds are checked again on full keys.</summary>
/// <param name="Lower">The lowest stored key to read.</param>
/// <param name="Upper">The highest stored key to read.</param>
internal sealed record KeyRange(string Lower, string Upper)
{
    /// <summary>Above every key (keys start with a kind letter from <c>a</c> to <c>d</c>).</summary>
    public const string Top = "e";

    /// <summary>Every key.</summary>
    public static KeyRange All { get; } = new(string.Empty, Top);

    /// <summary>Whether no key can be in the range.</summary>
    public bool IsEmpty => string.CompareOrdinal(Lower, Upper) > 0;

    /// <summary>Narrows the range to full keys from <paramref name="lower"/> to <paramref name="upper"/>.</summary>
    public KeyRange Narrow(string lower, string upper) => new(
        string.CompareOrdinal(lower, Lower) > 0 ? lower : Lower,
        string.CompareOrdinal(upper, Upper) < 0 ? upper : Upper);

    /// <summary>The range of stored keys: the lower bound cut so that truncated keys are not missed.</summary>
    public KeyRange ForIndex() => new(SortKeys.LowerBound(Lower), Upper);
}
