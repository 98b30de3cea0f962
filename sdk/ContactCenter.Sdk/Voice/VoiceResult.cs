namespace ContactCenter.Sdk.Voice;

/// <summary>What a voice request came to: success, or a <see cref="VoiceFailure"/> with an English/Spanish explanation.</summary>
public record VoiceResult
{
    /// <summary>A successful result.</summary>
    public static VoiceResult Ok { get; } = new();

    /// <summary>Why the request was refused (<see cref="VoiceFailure.None"/> on success).</summary>
    public VoiceFailure Failure { get; init; }

    /// <summary>The explanation of a refusal, for people (English / Spanish).</summary>
    public string? Reason { get; init; }

    /// <summary>Whether the request succeeded.</summary>
    public bool Succeeded => Failure == VoiceFailure.None;

    /// <summary>A refusal.</summary>
    /// <param name="failure">Why (not <see cref="VoiceFailure.None"/>).</param>
    /// <param name="reason">The explanation.</param>
    /// <returns>The result.</returns>
    public static VoiceResult Fail(VoiceFailure failure, string reason) =>
        failure == VoiceFailure.None ? throw new ArgumentOutOfRangeException(nameof(failure), "A refusal needs a failure.") : new() { Failure = failure, Reason = reason };

    /// <summary>A successful result carrying <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static VoiceResult<T> Success<T>(T value) => new() { Value = value };

    /// <summary>A refusal of a request that returns a value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="failure">Why (not <see cref="VoiceFailure.None"/>).</param>
    /// <param name="reason">The explanation.</param>
    /// <returns>The result.</returns>
    public static VoiceResult<T> Refuse<T>(VoiceFailure failure, string reason) =>
        failure == VoiceFailure.None ? throw new ArgumentOutOfRangeException(nameof(failure), "A refusal needs a failure.") : new() { Failure = failure, Reason = reason };

    /// <summary>This refusal carried over to a request that returns a value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <returns>The result.</returns>
    public VoiceResult<T> Refusal<T>() => Refuse<T>(Failure, Reason ?? string.Empty);
}
