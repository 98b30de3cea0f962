namespace ContactCenter.Sdk.Voice;

/// <summary>How to collect DTMF digits from a caller.</summary>
public sealed record DigitCollectionRequest
{
    /// <summary>Stop after this many digits (1-32).</summary>
    public int MaxDigits { get; init; } = 1;

    /// <summary>A digit that ends the collection and is not returned (e.g. <c>#</c>), or none.</summary>
    public char? Terminator { get; init; }

    /// <summary>How long to wait for the first digit (up to 5 minutes).</summary>
    public TimeSpan FirstDigitTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for each next digit (up to 5 minutes).</summary>
    public TimeSpan InterDigitTimeout { get; init; } = TimeSpan.FromSeconds(3);
}
